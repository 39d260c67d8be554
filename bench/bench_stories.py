"""Story folding against a labelled set: pair precision and recall, through the real writer and tagger.

Each item of tests/data/stories/*.jsonl is tagged, stored in a fresh database
in publication order (fetched ten minutes after it was published) exactly as
the pipeline would store it, and the stories the store formed are compared
pair by pair with the labels.

How each set was used (so the figures can be read honestly):

- `dev.jsonl` (70 items): tuned on freely.
- `heldout.jsonl` (60): written before any tuning; its first run scored
  precision 0.947, recall 1.000 (one look-alike, a second strike in the same
  city 48 h later, folded). That error motivated the time-decaying bar in
  `monitor.stories`, so this set is no longer unseen.
- `heldout2.jsonl` (60): written after that change and before running it; its
  first run scored precision 0.892, recall 0.917. All four wrong pairs were one
  "What we know" explainer about the tanker seizure, folded into that story on
  its summary; it had been labelled apart only because its title is generic,
  which contradicts the rule (never fold on a generic title *alone*), so it and
  its twin were relabelled to their events: 1.000 / 0.841 with the same code.
  Later changes (lead-only comparison, stemming, refolding a teaser's item)
  left all three sets' scores unchanged.
- `heldout3.jsonl` (97 items, 14 look-alike traps): written blind by a helper
  who never saw the folding code or the other sets. First run, with the code
  as it was: precision 1.000, recall 0.560: rewrites sharing 0.16-0.22 of
  their stems stayed apart. The bars were then lowered on all four sets
  together (`MIN_SIMILARITY` 0.22 -> 0.16, `GENERIC_SIMILARITY` 0.5 -> 0.25;
  the first wrong folds came at 0.12), so this set is no longer unseen.
- `heldout4.jsonl` (89 items, 16 traps): written blind the same way, and run
  once after that change: precision 0.933, recall 0.609 (the code before the
  change scored 1.000 / 0.507 on it). The three wrong pairs were one next-day
  follow-up (an envoy summoned over the drills of the day before) folded into
  the drills' story; the bar now climbs back as fast as it fell
  (`DECAY_PER_DAY` 0.1 -> 0.16: the old bar a day apart), which scores 1.000 /
  0.565 here, a figure from a set that has now been seen.

- `heldout5.jsonl` (96 items, 16 look-alikes, 3 follow-ups): written blind by
  a helper who saw neither the code nor the other sets, and run once after
  the counts were taught to read as outlets write ("forty-one", "two
  Colombian soldiers", "3.2" vs "just over three tonnes", kilograms vs
  tonnes) and an agreeing count began to lower the bar: precision 1.000,
  recall 0.560 (the code before those changes: 1.000 / 0.520). Its misses
  then taught the proper-noun rule (`monitor.stories.SHARED_PROPERS`):
  1.000 / 0.640 here, a figure from a set that has now been seen.
- `heldout6.jsonl` (93 items, 18 look-alikes, 3 follow-ups): written blind the
  same way, on other regions (West Africa, the Baltic, the Korean peninsula,
  the South China Sea...), and run once with the code that scored 0.640 above:
  precision 1.000, recall 0.829 (the code as it was before the last two
  changes: 1.000 / 0.629).
- `heldout7.jsonl` (96 items, 15 look-alikes, 3 follow-ups, some Title Case
  headlines and French items): written blind again, and run once with the
  same code: precision 1.000, recall 0.726 (the code before the last two
  changes: 1.000 / 0.534). Its misses are late rewrites whose toll rose
  ("about 30" then "more than 40" soldiers), whose bar had climbed with the
  gap, and a gang named by a number ("Barrio 18"), read as a count.

Then, on the eight seen sets: a number inside a name ("Barrio 18") became a
proper noun rather than a count, a later higher toll stopped vetoing, and up
to four shared proper nouns lower the bar (heldout6 0.829 -> 0.829, heldout7
0.726 -> 0.781).
- `heldout8.jsonl` (94 items, longer summaries and looser rewrites): written
  blind, run once with that code: precision 1.000, recall 0.487 (the code of
  the session before: 0.308). Some of its rewrites shared five proper nouns
  but no name the tagger knew, and the names check vetoed them; three shared
  proper nouns now count as a shared name (heldout8 0.538 since, seen).
- `heldout9.jsonl` (98 items): written blind, run once with that: precision
  1.000, recall 0.695 (the code of the session before: 0.549).

- `heldout11.jsonl` (94 items, organised crime worldwide): written blind,
  run once with the code of heldout9: precision 1.000, recall 0.481 (the
  code of the session before: 0.291).
- `heldout10.jsonl` (96 items, the Americas desk): written blind, run once
  with the same code: precision 0.913, recall 0.500 (the code of the session
  before: 1.000 / 0.333). The four wrong pairs were one follow-up (Venezuela
  asking for a UN Security Council meeting over "Thursday's attack that
  killed four people") folded into the strike's story: its restated toll
  agreed with the strike's and lowered the bar. Counts inside a reference to
  an earlier day ("Thursday's ...", "yesterday's ...") no longer count, and
  a number glued to a name ("FEC-3") is part of the name: 1.000 / 0.500 here
  since (seen), at a cost of some recall on the sets that had folded late
  rewrites on such figures (heldout6 0.886 -> 0.843, heldout7 0.781 -> 0.712).

So the first runs on the seven blind sets of that session: precision 1.000
on six and 0.913 on one; recall 0.560, 0.829, 0.726, 0.487, 0.695, 0.481,
0.500 (the code of the session before on the same sets: 0.520, 0.629, 0.534,
0.308, 0.549, 0.291, 0.333, with precision 1.000 on all). The recall goal
(0.8 on unseen news) was met on one of the seven. What the misses share:
late rewrites (12-40 h on) whose wording moved on with the story, for which
the bar has climbed with the gap; word-level overlap cannot tell them from
follow-ups, which the same bar keeps apart.

Then (the session of 2026-11-22) the candidate search itself: 55 of the 615
same-story pairs that `compare` accepts on the twelve sets shared no LSH band,
so their stories were never compared. Names, places and proper nouns became
keys of the story index too (`monitor.storykeys`), with `compare` unchanged:
on the seen sets recall rose (heldout4 0.783 -> 0.812, heldout5 0.667 ->
0.760, heldout6 0.843 -> 0.900, heldout7 0.712 -> 0.808, heldout8 0.513 ->
0.551, heldout9 0.695 -> 0.780, heldout10 0.500 -> 0.560, heldout11 0.468 ->
0.633), precision 1.000 on all.

- `heldout12.jsonl` (95 items, South and Southeast Asia and the Pacific) and
  `heldout13.jsonl` (95 items, the Middle East, North Africa and Europe):
  written blind, run once with that code: precision 0.983 / recall 0.760 and
  0.951 / 0.763 (the code before it: 1.000 / 0.733 and 1.000 / 0.724). The
  wrong pairs were two "Daily digest" roundups, each folded into the story
  of the first event it listed: through the names of all the day's events, a
  roundup now met each of their stories. Generic titles get band keys only
  since: 1.000 / 0.760 and 1.000 / 0.763 here (seen).

Then (a session later, the same day) the misses of heldout12 and heldout13,
read pair by pair, were mostly of three kinds, and each became a rule:

- a telling in another language (an Italian, French or German rewrite of an
  English story) shares names, places and figures but hardly a word; the
  language of each item is now read from its function words
  (`monitor.language`) and, when the two differ and the words fall short,
  shared names and figures decide (`monitor.stories.ACROSS_EVIDENCE`);
- a late rewrite saying the toll rose ("Quetta blast toll climbs to 14")
  updates its event: its figure counts the dead, and a toll that rose with
  such a cue lowers the bar as an agreeing count does (`TOLL_ROSE`);
- counts read wrongly vetoed rewrites: "two Indian trawlers" counted
  Indians, "three other rangers" counted the rangers already counted, and
  "three days after" disagreed with "in four days". Demonyms and country
  names are passed over, "other" starts another group, and spans of time
  never disagree; counted words of French, Italian, Portuguese, German,
  Indonesian and Tagalog were added to the synonyms and numbers.

On the fourteen seen sets, over all pairs (the code of the session start
scored with the same script): precision 1.000 on all, before and after;
recall heldout2 0.961 -> 1.000, heldout3 0.841 -> 0.929, heldout5 0.708 ->
0.787, heldout6 0.833 -> 0.893, heldout7 0.787 -> 0.865, heldout8 0.558 ->
0.695, heldout9 0.691 -> 0.794, heldout10 0.533 -> 0.562, heldout11 0.639 ->
0.763, heldout12 0.750 -> 0.913, heldout13 0.594 -> 0.782 (dev, heldout and
heldout4 unchanged).

- `heldout14.jsonl` (98 items, East Africa, Central Asia and the Caucasus,
  9 items in French, Swahili, German, Spanish or Portuguese) and
  `heldout15.jsonl` (95 items, the Pacific, the Caribbean and the Arctic, 9
  in French, Spanish, Indonesian or Dutch): written blind, run once with
  that code: precision 0.939 / recall 0.877 and 0.963 / 0.812 over all
  pairs (the code of the session start: 0.926 / 0.721 and 0.954 / 0.648).
  Every wrong pair was a roundup ("Morning briefing: what's happening
  across East Africa", "Daily digest: Central Asia and the South Caucasus")
  folded into the first event it lists; its title was not generic as a
  whole, only its head. A recurring title, or one with a generic head, over
  places in four or more countries, most of which the other item does not
  name, folds into nothing since (`ROUNDUP_COUNTRIES`): 1.000 / 0.877 and
  1.000 / 0.812 here (seen), with no loss on the other sets.
- `heldout16.jsonl` (95 items, West and Central Africa, 10 items in French,
  Portuguese or Hausa) and `heldout17.jsonl` (96 items, Eastern Europe, the
  Black Sea and the Balkans, 9 in German, Romanian, French, Italian, Polish
  or Spanish): written blind, run once with that last code: precision
  0.960 / recall 0.843 and 1.000 / 0.733 (the code of the session start:
  0.938 / 0.661 and 0.955 / 0.624). The wrong pairs of heldout16: a
  "Live updates: Sahel and Nigeria security" roundup naming three countries
  folded into the ambush it opens with (three wrong pairs), and a governor's
  visit folded into a fresh attack nearby. Half the misses of heldout17 are
  across languages, where a name is spelt another way ("Piwdennyj" for
  Pivdennyi, "Odessa", Polish "pod Radymnem") or the language is one
  `monitor.language` does not know (Polish, Romanian). Both sets are seen
  since; nothing was changed after their runs.

So the first runs on the four blind sets of that session, over all pairs:
precision 0.939, 0.963, 0.960, 1.000; recall 0.877, 0.812, 0.843, 0.733.

Then, on the seen sets (2026-11-22, later): across languages a name is
compared as `monitor.stories.spelling` has it ("Piwdennyj" = "Pivdennyi"),
one shared name with two shared figures is enough, and a later report that
the toll rose joins within 36 h on two shared names; `monitor.language`
learnt Swedish, Danish, Norwegian, Polish, Czech, Romanian, Turkish and
Hungarian; a report that the toll rose may count other people afresh
(`storytext.PEOPLE`); "bringing the death toll to six" reads as a toll.
heldout6 0.893 -> 0.940, heldout10 0.562 -> 0.648, heldout14 0.877 ->
0.918, heldout15 0.812 -> 0.836, heldout17 0.733 -> 0.871 (recall; no
precision lost, no other set moved).

- `heldout18.jsonl` (94 items, Southern Africa and the Indian Ocean, 9 in
  Portuguese, French, Malagasy or Swahili) and `heldout19.jsonl` (95 items,
  Western Europe, the Nordics and North America, 11 in Dutch, French,
  Spanish, German, Norwegian, Swedish, Portuguese or Danish): written blind,
  run once with that code: precision 0.878 / recall 0.767 and 0.892 /
  0.813 (the code of the session start: 0.878 / 0.767 and 0.896 / 0.758).
  Neither meets the goal. Their wrong pairs: follow-ups a day or two later
  ("police arrest the captain of the grounded ship", "three prison officers
  arrested over the breakout", "Russia expels three Norwegian diplomats"
  after Norway expelled three Russians) folded into their event, some
  through a "What we know so far" explainer; a fire on another ship in
  another port the same day; and roundups whose kind the generic-title
  pattern did not know ("Top stories this hour", "Europe security roundup:
  ..."). That pattern now knows a roundup's kind whatever words lead or
  follow it (heldout19 precision 0.914 since, seen); the follow-ups are not
  mended: limiting the proper-noun discount to a day's gap kept two of them
  apart and lost recall on seven sets.

Then, from those wrong pairs (heldout16, 18 and 19, seen): a story takes no
telling more than `WINDOW` after its first (`monitor.stories.stretches`: the
arrests joined through the explainers); a generic or edition title over a
list ("X; Y; Z") is a roundup whatever countries it names; a title that
reports a retaliation ("tit-for-tat", "in retaliation") is another event
than an earlier item that mentions none; two items naming different ships
by their prefixes ("MV Ocean Meridian", "MV Coral Meridian") are two events,
and one member naming another ship refuses the whole story; "1.200 kilos"
reads as 1,200. Precision heldout16 0.960 -> 0.990, heldout18 0.878 ->
1.000, heldout19 0.914 -> 1.000; recall heldout4 0.787 -> 0.825, heldout5
0.787 -> 0.798; no set lost anything.

- `heldout20.jsonl` (95 items, East Asia and Oceania, 11 in French, German,
  Japanese, Chinese, Tagalog, Spanish, Portuguese or Indonesian) and
  `heldout21.jsonl` (95 items, the Sahel, North Africa and the Red Sea, 11
  in French, Arabic, Italian, Spanish or German): written blind, run once
  with that code before its story-wide ship veto: precision 0.778 / recall
  0.629 and 0.962 / 0.548 (the code of the session start scores the same:
  these sets fail on other things). heldout20's wrong pairs are one fold: a
  ferry fire off Batangas and a water-cannon incident at Scarborough Shoal
  the same morning, both "the Philippine Coast Guard said", chained through
  the stories' members (the story-wide ship veto since: 0.831 / 0.607,
  seen). Their misses: late analysis in other words ("Truce holds in
  Tripoli after weekend clashes"), tellings in Arabic, Chinese and Japanese
  (no Latin letters: too few words to compare), a later toll whose other
  figure was a lower bound ("at least 11 tankers", then "14 tankers"), and
  German and French rewrites sharing one name.

Then, from those two sets' pairs (seen): a wire dateline ("MANILA, Nov 4
(AsiaWire) - ") is left out of the words, proper nouns and places folding
reads (`storytext.read_story`): two unrelated reports filed from one bureau
the same morning shared it word for word; a figure beside a month ("4
November") is a date, not a count; homes lost and people displaced are
tolls that may rise. Precision heldout20 0.831 -> 0.903, heldout21 0.962
-> 1.000; recall heldout18 0.767 -> 0.816, heldout19 0.813 -> 0.824,
heldout20 0.607 -> 0.629, heldout21 0.548 -> 0.484 (rewrites the shared
dateline had joined); no other set moved.

- `heldout22.jsonl` (96 items, a topic mix over every continent: air and
  rail accidents, cyberattacks, outbreaks, industrial accidents, blackouts;
  11 in German, French, Spanish, Italian, Portuguese, Indonesian, Turkish,
  Arabic, Japanese, Chinese or Russian): written blind, run once with that
  code: precision 1.000 / recall 0.518 (the code of the session start:
  1.000 / 0.494). Its rewrites trade nearly every word ("Island-wide
  blackout hits Sri Lanka after grid failure", "Sri Lanka plunged into
  darkness as national grid collapses"); four tellings are in non-Latin
  scripts, and the Turkish one has too few function words to be known as
  Turkish. Then (seen): the words outlets trade for one kind of event
  ("blackout", "outage", "darkness"; "blaze", "fire"; "bird flu", "avian
  influenza", "H5N1") read as one stem (`storytext._EVENT_WORDS`): recall
  heldout11 0.763 -> 0.794, heldout22 0.518 -> 0.566 (the list was read
  off its misses, so that figure is no evidence), heldout20 0.629 -> 0.607
  ("quake" and "earthquake" in both items had counted twice); precision
  heldout20 0.903 -> 0.900.
- `heldout23.jsonl` (94 items, Central America, Mexico and the Andes with
  ports, pipelines, mines, dams and elections; 10 in Spanish, Portuguese,
  French, German, Japanese, Chinese, Arabic or Russian): written blind, run
  once before any story change of its session: precision 1.000 / recall
  0.480. Then the retelling rule (`monitor.stories._anchored`: three names
  and three headline words in common, similarity 0.10, within 36 hours),
  read off the pairs similarity refused in the 23 earlier sets (101 true,
  16 false at two and two; three and three kept every set's precision
  floor), scored on it by its scores alone: 1.000 / 0.480 again, in all
  four variants tried. All pairs of the earlier 23 sets: precision
  0.996 -> 0.995, recall 0.807 -> 0.827. Its misses: 17 of 53 are toll
  updates two or three days on, past `WINDOW`; 15 are tellings in
  non-Latin scripts. Then (seen) a report that the toll rose reaches back
  `UPDATE_WINDOW`, 72 hours, when its figures differ from the earlier
  telling's by that rise alone: heldout23 0.480 -> 0.539, no other set
  moved (same-language pairs 48 to 120 hours apart in all 24 sets: 5 true
  folds with both marks, no false one).
- `heldout24.jsonl` (95 items, Southern Africa, the Pacific islands,
  Central Asia and the Caucasus, South Asia and the Caribbean; 10 in other
  languages, four of them in Arabic, Chinese, Japanese and Russian):
  written blind, run once before any story change of its session but the
  toll's reach: precision 1.000 / recall 0.594. Then (seen) tellings in
  other scripts (`monitor.tagging.scripts` names their countries and big
  cities, `monitor.stories._across_scripts` folds on a country and two
  figures within 12 hours; a tabulation of the 49 true and 1,415 false such
  pairs in all 25 sets chose it): heldout20 0.618 -> 0.674, heldout23
  0.539 -> 0.598, heldout24 0.594 -> 0.634, no other set moved, no wrong
  fold. Then a title in another script, no longer taken for a generic one
  (it has no Latin words), gives its item name keys, and an English
  telling looks up the tellings in other scripts of its countries
  (`monitor.storykeys.script_key`), however their stories rank: heldout22
  0.627 -> 0.711, no other set moved. Then the small counts Russian and
  Ukrainian write in words ("два человека", "пятеро"): heldout24 0.634 ->
  0.653. Left: tellings naming no country, or sharing one figure only.
- `heldout25.jsonl` (95 items, the Middle East and Turkey, Eastern Europe,
  East Asia, Canada and the Arctic; 10 in other languages, five of them in
  Arabic, Persian, Chinese, Japanese or Korean): written blind, run once
  after every story change of its session (the toll's reach, tellings in
  other scripts): precision 1.000 / recall 0.515 (0.636 in one language;
  10 of 35 pairs across languages joined). Its misses: 15 of 49 are
  rewrites in other words; 9 are tellings in Korean, Persian and Japanese
  that name no country the tagger knows (a prefecture, a gas field, a
  water utility) or one figure only.
- `heldout26.jsonl` (95 items, Western Europe, the Balkans, North Africa,
  Australia and New Zealand; 10 in other languages, four of them in
  Serbian Cyrillic, Greek, Arabic, Chinese or Russian): written blind, run
  once after every story change of its session: precision 0.985 / recall
  0.644 (0.743 in one language, 13 of 31 across languages). Its one wrong
  pair: two weekly "Morning briefing" editions with the same boilerplate
  word for word, taken for one article by their text; under a generic
  title the text is no identity since (`monitor.store.identity.keys_of`):
  1.000 / 0.644. Its misses: 12 of 36 are tellings past 48 hours; 6 are
  tellings in Serbian Cyrillic and Greek that the tagger reads no country
  in (a town of 260,000, "код Ниша"; a two-word name declined in both
  words, "Βόρειας Μακεδονίας") and Serbian counts in words ("девет").
- `heldout27.jsonl` (97 items, Southeast Asia, the Nordics and Baltics,
  Central America; 15 in other languages, Finnish, Estonian, Latvian,
  Lithuanian, Vietnamese, Thai and Tagalog among them) and
  `heldout28.jsonl` (96 items, East Africa and the Horn, the Caucasus,
  Iberia, the Gulf, the United States and Canada; 15 in other languages,
  Amharic, Georgian, Armenian and Azerbaijani among them): written blind.
  Run once with the rules alone: precision 1.000 / recall 0.374 and 1.000
  / 0.425; then once with the fold model trained on the 27 sets before
  them (`monitor.foldmodel`, nothing else changed): 1.000 / 0.407 and
  1.000 / 0.448. The lowest recalls of any blind set: many of their
  tellings are in languages `monitor.language` does not know, or in scripts
  the tagger reads no country in, and their late rewrites moved on with the
  story.
- `heldout29.jsonl` (99 items, West Africa and the Sahel, Russia and
  Ukraine, South Asia; 18 in other languages, Hindi, Marathi, Nepali,
  Bengali, Urdu, Russian and Ukrainian among them) and `heldout30.jsonl`
  (99 items, Japan, Korea and Taiwan, Mexico and the Andes, the Eastern
  Mediterranean; 17 in other languages): written blind and run once on
  6266249: 1.000 / 0.561 and 1.000 / 0.635. Most of their misses were
  tellings in scripts the tagger read nothing in (26 of 43 pairs in
  heldout29). They were then used to build the reading of more scripts
  (`monitor.tagging.scripts`: the scripts of South Asia, Thai, Georgian,
  Armenian, Ethiopic and more, and cities down to 250,000 in scripts whose
  names start a word) and of the names a telling in another script writes
  (`monitor.sounds`): 1.000 / 0.724 and 1.000 / 0.635.
- `heldout31.jsonl` (96 items, the African Great Lakes, Iran and Iraq,
  China and Mongolia) and `heldout32.jsonl` (96 items, Brazil and the
  Southern Cone, Poland and Central Europe, Bangladesh and Myanmar): written
  blind and run once, after that change: 1.000 / 0.609 and 1.000 / 0.580
  (6266249, before it: 1.000 / 0.575 and 1.000 / 0.534).

Then (2026-11-23) the fold model trained on all 33 sets, and asked about
counts that disagree by a third at most, at a stricter bar ("8 dead" and
"nine killed" in two reports of one fire; 12 dead and 3 never): leave one
set out over the 33 sets, 0.997 / 0.748 with the rules alone, 0.995 / 0.794
with the model, 0.995 / 0.798 with that second reading.
- `heldout33.jsonl` (98 items, Turkey and the Black Sea, the Gulf of Guinea,
  Indonesia, Malaysia and the Philippines) and `heldout34.jsonl` (98 items,
  the United Kingdom and Ireland, France and the Low Countries, Egypt and
  Sudan, Pakistan and Afghanistan): written blind, run once on 9ed5dea:
  1.000 / 0.629 and 0.938 / 0.642 (on 6266249, the session's start: 1.000 /
  0.536 and 0.945 / 0.547). heldout34's wrong pairs were NOS's daily "Het
  nieuws van dinsdag 10 november in het kort" folded into the train crash it
  retold: titles made of words for the news and the date in six more
  languages are generic since (1.000 / 0.642).

Then (2026-11-23, later) `heldout35.jsonl` (100 items: Turkey, the Philippines,
California, France, Kenya, Nigeria, Bangladesh) and `heldout36.jsonl` (97
items: Luzon, Malatya, Ojai, Himachal, Germany, Kenya, Sweden, Thailand),
written blind and run once on 0f4429b: 1.000 / 0.441 and 1.000 / 0.414,
the lowest recalls since heldout28: storms, fires and strikes followed for
days, in other words each day. A storm or fire both headlines name
(`monitor.storytext.named_events`) folds within 72 hours since, a clock time
counts nothing, a long text in a language the lists cannot name is no
English (`monitor.language.OTHER`), and the model is trained on all 37
sets: leave one set out over the 35 older sets, 0.992 / 0.785 before those
changes and 0.995 / 0.799 after (0.995 / 0.784 over all 37). A telling in
another script that names no country is read since as news of its script's
countries (`monitor.tagging.scripts.SCRIPT_HOMES`).
- `heldout37.jsonl` (95 items: Honduras, Ecuador, Peru, Haiti, Georgia,
  Serbia, Kenya, Indonesia, Western Australia) and `heldout38.jsonl` (96
  items: Finland and the Baltic, OPEC+, Iran, the Red Sea, Sri Lanka,
  Valencia, Taiwan, Mumbai, Somalia): written blind and run once, on
  ba0cb20: 1.000 / 0.588 and 1.000 / 0.578 (on 0f4429b, the session's
  start: 1.000 / 0.537 and 1.000 / 0.518). Their misses: follow-ups two or
  three days on (a strike ended by a court, a deal), paraphrase a day later,
  tellings in other scripts past 12 hours.

Then (2026-11-23, later) stories a new telling folds into at once are merged
(`monitor.store.folding.find_stories`, `_mergeable`): over the 39 sets,
0.997 / 0.795 to 0.997 / 0.810. Leave one set out over those 39 sets on
a2d72c9: 0.996 / 0.807.
- `heldout39.jsonl` (96 items: Niger, Odesa, British Columbia, the EU's
  sanctions, Bangladesh, Peru, Mindanao) and `heldout40.jsonl` (97 items:
  Guayaquil, the Red Sea, Georgia, the Thai-Cambodian border, Nepal, Aomori,
  Mogadishu): written blind and run once on a2d72c9: 1.000 / 0.507 and
  1.000 / 0.566 (on 0f4429b, the session's start: 1.000 / 0.380 and 1.000 /
  0.506). Their misses: follow-ups days on, counts read from the wrong word
  ("17 soldiers in ambush", "toll from Tillaberi ambush to 29"), tellings in
  Japanese and Bengali that name no place the tagger reads. The model is
  trained on the 39 sets to heldout38 since (`tools/train_fold_model.py`
  says why not on these two): 0.997 / 0.809 over all 41.

Then (2026-11-23, a new session) `heldout41.jsonl` to `heldout44.jsonl` (96,
97, 96 and 97 items: Mogadishu, Malatya, Madagascar, a French and a Romanian
no-confidence vote, Marburg in Tanzania, Odesa, North Korea's missiles, the
Aceh quake, Guanajuato, the Boston Marathon, Kermanshah), written blind to a
rule said outright: a story is one happening; a new development a day on
(arrests, a verdict, troops sent) is a story of its own, a revised toll the
same. First runs: 0.961 / 0.802 and 1.000 / 0.772 (heldout41 and 42, on the
code of the day with the kinds of happening), 0.915 / 0.721 and 1.000 /
0.610 (heldout43 and 44, with scorelines and cases too); on 6fdcfcb, the
session's start: 0.961 / 0.802, 1.000 / 0.696, 0.911 / 0.692, 1.000 / 0.549.
They gave the kinds of happening read in any script (`monitor.eventkinds`,
`monitor.stories._same_kind`), scorelines (`storytext.scorelines`), cases
of a disease as a toll, and counts a conjunction stops. Over the 41 older
sets 0.997 / 0.809 -> 0.997 / 0.823 before the model was trained again, on
43 sets; leave one set out over all 45: 0.994 / 0.811.
- `heldout45.jsonl` and `heldout46.jsonl` (97 and 96 items: a ferry on the
  Meghna, a Geneva jewel heist, Kenya's finance bill, a Duki mine blast, a
  Singapore Strait collision, Gazipur, Booking.com's fine, Sumy, El Obeid,
  a Seoul sinkhole, the U.S. Open): written blind to the same rule and run
  once on 21b3cb4: 0.985 / 0.750 and 0.961 / 0.755 (0.984 / 0.705 and 0.959
  / 0.714 on 6fdcfcb). Their misses: tellings in other scripts of places the
  tagger does not read, explainers a day on; the wrong pairs a golfer's lead
  and the winner a day later, a city ordering inspections after a fire. The
  model is trained on the 45 sets but heldout39-40 since; leave one set out
  over all 47: 0.994 / 0.808. Explainers a day on fold since
  (`monitor.stories._explains`): 0.995 / 0.816 -> 0.995 / 0.821 over the 47.
- `heldout47.jsonl` and `heldout48.jsonl` (95 and 96 items: a Karachi
  heatwave, an Abadan refinery fire, a Mali convoy ambush, Indonesia's nickel
  levy, Frankfurt airport's fuel failure, Nipah in Kerala, a Shandong chemical
  plant blast, a Kenyan derailment), written blind to the same rule and run
  once on 659aedd, the code that shipped: 1.000 / 0.756 and 0.903 / 0.823
  (1.000 / 0.733 and 0.865 / 0.810 on 6fdcfcb). heldout48's wrong pairs are
  two developments folded into the events they follow: police detaining a
  plant's officials two days after its blast, and a minister ordering an
  audit of the line 30 hours after a derailment (the retelling rule).

Then (2026-11-23, a new session) `heldout49.jsonl` to `heldout51.jsonl`
(96, 95 and 99 items: a Guayaquil party shooting, a Lisbon museum heist, a
Harnai mine blast, a Mindoro ferry fire, Kenya's doctors' strike, a Port
Sudan drone strike, a Bolan Mail bombing, a Miyako typhoon, Swiss
elections, a Hualien quake, an A22 pile-up, a Pix outage), written blind to
the same rule. First runs on f9922bd (the session's start): 1.000 / 0.690,
1.000 / 0.614 and 0.956 / 0.845; heldout49 1.000 / 0.793 with floors
(`storytext.FLOOR`: "more than a dozen" and 14 are one toll). heldout51
met both goals at its first run. Their misses: tellings in other languages
and scripts with one fact in common, analyses a day on.
- `heldout52.jsonl` and `heldout53.jsonl` (96 and 98 items: a Surigao del
  Sur quake, a Toyota recall, Thailand's dissolved House, a Shanxi mine
  flood, Kenyan doctors' strike, a Tyrol avalanche, a Peru landslide, an El
  Obeid market strike, Chang'e-8), written blind to the same rule and run once
  on 6943e0e: 1.000 / 0.753 and 1.000 / 0.679 (1.000 / 0.727 and 1.000 /
  0.679 on f9922bd). They gave the kind and measure rule
  (`monitor.stories._measured_alike`: heldout52 0.818 since).
- `heldout54.jsonl` and `heldout55.jsonl` (95 and 97 items: a Rasht valley
  quake, El Obeid and Kadugli market strikes, Wengen races, a Cebu ferry
  fire, an Alexandria building collapse, Karlsruhe's fund ruling, Warsaw
  airport drones), written blind to the same rule and run once on 807c05c
  and 8ee0fb4: 1.000 / 0.838 (both goals met) and 0.949 / 0.737 (0.947 /
  0.711 on 807c05c). heldout55's wrong pairs: the owner of a collapsed
  building detained the next day, folded into the collapse.
- `heldout56.jsonl` (97 items: a Cabo Delgado attack, Bajaur polio workers
  shot, an H3 rocket failure, an Antwerp diamond heist, Iceland's EU vote,
  Sumbawa and Flores quakes), written blind to the same rule and run once on
  fca21f8: 0.944 / 0.614 (0.942 / 0.590 on 807c05c). Its wrong pairs, a
  magnitude 5.8 quake two days after a 6.1 one nearby, gave the magnitude
  veto (`monitor.stories.DIFFERENT_QUAKES`); it misses tellings in other
  languages and scripts, and analyses in words of their own.
- `heldout57.jsonl` (99 items: a Bajaur rally bombing, Tyre and Nabatieh
  drone strikes, Taiwan's defence budget, Thailand's entry fee, a Toyota
  recall, a Kraków museum theft, a Samcheok wildfire), written blind to the
  same rule and run once on edd0b5e: 0.957 / 0.688 (0.954 / 0.646 on
  807c05c). Its misses in other scripts gave myriads ("87万台") and a large
  figure in common as one event.
- `heldout58.jsonl` and `heldout59.jsonl` (97 and 98 items: a Tosya quake,
  a Hamburg bomb, a Mapo sinkhole, a Port Sudan depot strike, Cyclone
  Murasu; a Sohag train collision, Ireland-Pakistan T20s, a Monte Baldo
  cable car, a Svaneti mudflow), written blind to the same rule and run once
  on 9a80f7f: 1.000 / 0.827 (both goals met; 1.000 / 0.776 on 807c05c) and
  0.852 / 0.634. heldout59's wrong pairs, an Arabic report of the train
  crash taken for news of Pakistan's cricket, gave the tongue of the Arabic
  script (`monitor.tagging.scripts.arabic_tongue`): 1.000 / 0.634 since.
- `heldout60.jsonl` and `heldout61.jsonl` (98 and 97 items: a Milwaukee
  July 4 shooting, Arequipa and Loja quakes, Osun and Niger State tanker
  blasts, Syzran refinery drones; a Tanzania bus crash, Hurricane Earl, a
  Marapi eruption, Bangladesh lightning), written blind to the same rule and
  run once on 1683a32: 0.872 / 0.687 (1.000 / 0.687 on 807c05c: the toll
  read once had dropped a misread count that kept two teens' arrest a day
  and a half on out of the shooting) and 0.947 / 0.791. They gave the
  development veto (`monitor.stories.DEVELOPMENT_OF_OTHER`: an arrest, a
  charge or an inquiry ordered 12 hours or more after an event is another
  event), heldout60 1.000 since; heldout15, heldout19 and heldout34, labelled
  when an arrest a day on was the event's story, lost recall to it.
- `heldout62.jsonl` and `heldout63.jsonl` (97 and 97 items: a Vlorë quake,
  a Kryvyi Rih missile strike, an Ariane 6 failure, a Bhiwandi collapse,
  Nipah in Malappuram; a Dhading landslide, a Shenyang blast, a Slovak
  derailment, Samsung's results), written blind to the same rule and run
  once on 0a0714d: 0.819 / 0.621 (0.965 / 0.579 on 807c05c) and 1.000 /
  0.736 (0.957 / 0.736). heldout62's wrong pairs: "Sept. 6" read as a name
  both the Ariane failure and the strike's toll wrote; a month's short form
  is no name since (heldout62 0.983 / 0.621).
- `heldout64.jsonl` and `heldout65.jsonl` (98 and 97 items: Vanuatu and
  Fiji quakes, Sagaing and Karen state air strikes, Silesian mine blasts, a
  Karachi fire, Typhoon "Tonyo"; a Philippine storm, Dar es Salaam cholera,
  Nepal's dissolved parliament, Zaporizhzhia and Dnipro strikes, Istanbul
  warehouse fires), written blind to the same rule and run once on 27e3fa4:
  1.000 / 0.841 and 1.000 / 0.804, both goals met on both (0.984 / 0.756
  and 1.000 / 0.772 on 807c05c).
- `heldout66.jsonl` to `heldout68.jsonl` (100, 100 and 98 items: Cyclone
  Ghazeer, an Iraq dust storm, a Mexico City metro crash, Tianwen-3; a
  Hamburg stabbing, the French Open finals, Cyclone Akvan, OPEC+, a
  Kedarnath helicopter crash; a Bannu bombing, a Sohag train collision,
  Typhoon Nakri, Kenya's finance bill), written blind to the same rule and
  run once on f2b741a: 0.958 / 0.910 (both goals met), 0.833 / 0.806 and
  1.000 / 0.756. heldout67's wrong pairs: the men's final a day after the
  women's, one "6-3" set in common (a match's sets are one scoreline since),
  and a psychiatric committal and a UN appeal a day and more on (developments
  since): 1.000 / 0.806.
- `heldout69.jsonl` to `heldout71.jsonl` (100, 98 and 99 items: a Dahej
  blast, Hurricane Ivette, a Soweto cash-van heist; an Erzincan quake,
  Typhoon Songda, a Gao ambush; a Burkina convoy ambush, a Tuni train crash,
  the Mexico City Grand Prix), written blind to the same rule and run once
  on 5b815b9: 0.933 / 0.787, 0.925 / 0.822 and 0.972 / 0.758. The wrong
  pairs of the first two were disaster zones declared a day after a
  hurricane and a quake, which came in through a member told hours before
  (a declaration is a development since, and a development vetoes the
  event's whole story): 1.000 / 0.787 and 1.000 / 0.833. heldout71's: a
  Grand Prix's pole and its race a day later.
- `heldout72.jsonl` to `heldout74.jsonl` (100, 99 and 98 items: a Guayaquil
  prison riot, a Sonepur stampede, Venice's Mose barrier; Storm Hollis, a
  Tulsa shooting, a SwePol cable; a Tbilisi gas blast, Cyclone Tsiory, a
  French air traffic control strike), written blind to the same rule and
  run once: heldout72 on f6e93ca, 1.000 / 0.644; heldout73 and heldout74
  on bd588e2, 1.000 / 0.760 and 1.000 / 0.716. heldout72's misses gave the
  toll said to rise within hours (1.000 / 0.723), heldout73's the death
  counted by its order ("Fifth person dies": 1.000 / 0.802).
- `heldout75.jsonl` to `heldout77.jsonl` (97, 96 and 96 items: Chernihiv
  strikes, Tatra avalanches, a Lagos tanker fire; an Osh quake, a Bulambuli
  landslide, an H3 failure; a Kumasi blast, Gaganyaan, a Khor Mor drone
  attack), written blind to the same rule and run once on 741319f, the
  session's last rules: 1.000 / 0.787, 1.000 / 0.772 and 0.960 / 0.766.
  heldout77's wrong pairs: a gas field's output resumed two days after the
  drone attack that halted it.
- `heldout78.jsonl` to `heldout80.jsonl` (97, 98 and 97 items: a Niger army
  post attack, a Jamundí car bomb, an Iranian Simorgh launch; a Poltava
  drone strike, a Neutron failure, Iceland's EU vote; a Kirkuk car bomb, an
  Argentine general strike, a Channel Tunnel incident), written blind to
  the same rule and run once on 882ba56: 1.000 / 0.774, 0.919 / 0.723 and
  1.000 / 0.844 (pooled 0.972 / 0.780); with the towns named in other
  scripts (8fd9988) 0.972 / 0.791. heldout79's wrong pairs: a war's live
  page, which needs a generic title's bar since, and a lower house
  dissolved a day after its dissolution was announced.
- `heldout81.jsonl` to `heldout83.jsonl` (97, 98 and 100 items: a Japanese
  farm minister's resignation, a Kryvyi Rih missile strike, a Nuri launch;
  a Thai premier suspended, a Gwadar hotel siege, a Dharchula cloudburst; a
  North Sea helicopter crash, a Nabatieh strike, a Shenzhou landing),
  written blind to the same rule and run once on 7aa700b: 0.959 / 0.807,
  0.948 / 0.753 and 1.000 / 0.859 (pooled 0.970 / 0.805). The wrong pairs:
  successors named a day after the resignation or suspension they fill.
  With a successor's mark, one disaster at one place told again
  (`stories._same_disaster`), a cloudburst read as a flood and the missing
  who "remain" counted as people: 1.000 / 0.818, 1.000 / 0.856 and
  1.000 / 0.891.
- `heldout84.jsonl` to `heldout86.jsonl` (97, 96 and 98 items: a Calama
  quake, a Konduga market bombing, a Lviv missile strike; an Andong
  wildfire, an Amazon riverboat sinking, a Nigerian tariff strike; a
  Gorontalo mine landslide, a Béjaïa quake, a Dutch hospital ransomware
  attack), written blind to the same rule and run once on 184187c:
  1.000 / 0.797, 1.000 / 0.651 and 1.000 / 0.838 (pooled 1.000 / 0.764);
  on 7aa700b, before this session's rules, heldout85 1.000 / 0.616 and the
  others the same. No wrong pair; the misses are tellings in another
  language with two facts in common, which the fold model reads and
  mostly refuses, and a strike told by its unions' initials ("NLC, TUC").
- `heldout88.jsonl` and `heldout89.jsonl` (95 and 97 items: a Bello
  landslide, floods in Rio Grande do Sul, a Kushiro quake, a Cremona
  Stradivarius theft; a Kunduz wedding-hall blast, a Fier quake, a Bekasi
  train collision, a Jumla plane crash), written blind to the same rule and
  run once on 859e117: 0.957 / 0.827 and 1.000 / 0.747 (on 7aa700b, before
  this session's rules, 0.957 / 0.815 and 1.000 / 0.722). heldout88's wrong
  pairs: emergency aid pledged for the floods a day on, a step since.
- `heldout87.jsonl` (95 items: a Denizli quake, a Mykolaiv drone strike, a
  Kotmale bus crash, a Chad army base attack, the Australian Grand Prix),
  written blind to the same rule and run once on c5ce63a: 0.948 / 0.890.
  Its wrong pairs: the Grand Prix's pole into its race (marked apart since,
  as heldout71's Mexico City pole and race), and US strikes on the Houthis
  after their tanker attack.
- `heldout90.jsonl` to `heldout93.jsonl` (95, 96, 95 and 98 items: Sudan
  power-station drone strikes, a Yunnan landslide; a Sri Lanka derailment,
  a Taal eruption; a Manaus bridge collapse, a Quebec ice storm; a Kyzylorda
  dam breach, a Nantes footbridge collapse), written blind to the same rule
  and run once on 7fbfdc9: 1.000 / 0.776, 0.786, 0.818 and 0.802 (pooled
  1.000 / 0.797). No wrong pair. A fold model trained on all 94 sets with
  six more facts scored heldout94 to heldout97, written after, 0.988 / 0.761
  against 0.988 / 0.728, but merged the sample feeds' stories A and B in
  one fetch order: not shipped.

- `heldout110.jsonl` to `heldout120.jsonl` (95 to 99 items each; a third of
  each set's stories from one region in turn: the Caucasus and Central Asia,
  West and Central Africa, mainland Southeast Asia and the Pacific, the
  Nordic and Baltic countries, the Gulf and the Levant, Central America,
  South Asia, East Africa and the Horn, France and Iberia, the Caribbean and
  the Andes, the Balkans), written blind by helpers to the same rule and two
  more (an explainer carries its own event's label; the region), each scored
  before it was read. First runs: heldout110 0.862 / 0.893, heldout111
  1.000 / 0.844, heldout112 0.852 / 0.873, heldout113 0.966 / 0.722 (on
  2ae02e5); heldout114 0.792 / 0.835, heldout115 1.000 / 0.864, heldout116
  0.960 / 0.911 (on d11bb4b); heldout117 1.000 / 0.811, heldout118 0.832 /
  0.857, heldout119 1.000 / 0.780, heldout120 1.000 / 0.646 (on the code of
  2026-11-23 before they were read; d11bb4b scored them the same). Pooled
  first runs: tp 760, fp 66, fn 167, that is 0.920 / 0.820. Their wrong pairs
  were steps taken over an event (aid sent, a strike ended, a truce, tankers
  barred, a suspect named), another of a series (a stage, a cruise after a
  ballistic launch), a bomb in Kirkuk and a protest in Basra the same
  afternoon (Basra unknown to the gazetteer then), a local paper's daily
  round-up, and heldout118's floods in Castellón and a migrant boat at El
  Hierro, three dead each, the same day in Spain (apart since a story told as
  one kind of happening by three tellings refuses an item of another kind
  in none of its places: `monitor.stories.KIND_TELLINGS`).
  (heldout94 to heldout109, written the same way, were lost with a machine:
  they were kept outside the repository.)
- `heldout121.jsonl` to `heldout124.jsonl` (95, 99, 97 and 97 items: a third
  of the stories from Southern Africa, East Asia, Turkey and Iran, the
  British Isles and the Alps), written blind to the same rules after the
  code of 8859e19 (heldout110 to heldout120 read, their fixes in), and run
  once on it before reading: 1.000 / 0.797, 0.962 / 0.864, 0.972 / 0.793 and
  0.948 / 0.809; pooled 0.970 / 0.817 (tp 263, fp 8, fn 59), both goals met.
  d11bb4b, the code before those fixes, scored them the same. A fold model
  retrained on the 105 sets to heldout120 scored them 0.963 / 0.817 and
  folded the sample feeds' state of emergency into story B in 23 of 104
  fetch orders: not taken. Their wrong pairs: clubs referred to a
  disciplinary board a day after their derby was abandoned, a support
  scheme two days into Storm Orla (steps since: 1.000 on both), and an
  Australian Open live page that names the day's upset.
- `heldout125.jsonl` to `heldout128.jsonl` (95, 97, 98 and 98 items: a third
  of the stories from Russia, Ukraine and Belarus, North Africa, the US and
  Canada, maritime Southeast Asia), written blind after 2bef5dd and run once
  on it before reading: 0.942 / 0.903, 1.000 / 0.827, 0.875 / 0.808 and 0.974
  / 0.871; pooled 0.946 / 0.852 (tp 264, fp 15, fn 46). d11bb4b scored them
  the same. Their wrong pairs: a "Ukraine war latest:" page headed by the
  prisoner swap it covers (kept: the oldest sets label such pages with their
  event), an arrest whose text gives the risen toll, an hourly "AP News
  Summary", two quakes a day apart whose reports cite one tsunami warning
  centre (an observatory is a source since, `monitor.outlets`), and a
  "Provincial Board" and a "Provincial ... Authority" read as one name.
  Since: 0.942, 1.000, 1.000, 1.000 (tp 264, fp 4).
- `heldout129.jsonl` to `heldout132.jsonl` (98, 98, 97 and 97 items: a third
  of the stories from Oceania, Italy and Greece, the Southern Cone, India),
  written blind after c5ed2ec and run once on it before reading: 0.952 /
  0.833, 0.895 / 0.861, 1.000 / 0.789 and 1.000 / 0.880; pooled 0.959 / 0.843
  (tp 257, fp 11, fn 48). d11bb4b, the code at the start of that session,
  scored them 0.944 / 0.836 (tp 255, fp 15). Their wrong pairs were steps
  taken over an event: checks of a fleet ordered after a crash, a tanker's
  captain probed and the tanker seized by prosecutors after its fire (steps
  since: 1.000 on all four).
- `heldout133.jsonl` to `heldout136.jsonl` (97, 97, 97 and 99 items: a third
  of the stories from the Sahel, Japan, Central Europe, Mexico), written
  blind after ab810bb and run once on it before reading: 0.925 / 0.805,
  0.709 / 0.820, 1.000 / 0.864 and 0.930 / 0.795; pooled 0.874 / 0.822 (tp
  277, fp 40, fn 60; d11bb4b 0.872 / 0.810). heldout134's 30 wrong pairs
  were mostly one chain: two Japanese tellings of an outage and a stabbing,
  whose only Latin word is "JR", read as one at similarity 1.0, and a Korean
  quake joined to the Japanese outage by a clock time ("午後5時40分") read as
  a figure. Two tellings in one unread script are compared as tellings in two
  scripts since, on the figures they write, not what their Latin scraps count;
  with steps (a suspect sent to prosecutors, a strike suspended, a claim filed
  in arbitration): 0.969, 0.949, 1.000, 0.930 (tp 280, fp 11). Left: a live
  page of a rugby match, and two Mexican highway crashes' toll updates a day
  apart ("rises to 17", "rises to 13") read as one.
- `heldout137.jsonl` to `heldout140.jsonl` (97, 98, 98 and 99 items: a third
  of the stories from the Gulf and Arabia, Canada and the Caribbean, China,
  Southeast Europe and Turkey), written blind after cd46080, that session's
  last code, and run once on it before reading: 1.000 / 0.753, 0.910 /
  0.772, 0.885 / 0.852 and 0.887 / 0.759; pooled 0.917 / 0.784 (tp 254, fp
  23, fn 70; d11bb4b 0.905 / 0.796). Their wrong pairs: an investigation
  launched and a sum pledged after a ferry crash and a quake (steps since:
  heldout138 1.000), a race's two stage wins told without stage numbers, a
  crew's return from space and a factory index "returning to growth" the
  same morning in China (the fold model, at 0.96), and a Bucharest blast
  joined to an ambassador summoned over a drone through their Romanian and
  Russian tellings. Left as they are.
  The first runs of that session's 24 sets, heldout117 to heldout140, pooled:
  tp 1585, fp 114, fn 363, that is 0.933 / 0.814.
- `heldout141.jsonl` to `heldout148.jsonl` (97, 97, 98, 97, 95, 96, 99 and
  97 items: a third of the stories from West Africa's coast, the Andes, the
  Nordic and Baltic countries, the Levant and Iraq, South Asia beyond India,
  Central America, the Horn of Africa, and France, Belgium, the Netherlands,
  Spain and Portugal), written blind after 9594fd6 (2026-11-24) and run once
  on it before reading: pooled tp 519, fp 60, fn 129, that is 0.896 / 0.801;
  per set 1.000 / 0.823, 0.692 / 0.960, 1.000 / 0.812, 0.815 / 0.746, 0.957 /
  0.815, 0.859 / 0.743, 0.970 / 0.667, 0.974 / 0.862. Most wrong pairs came
  from three merges of two stories of one country and one day (a Colombian
  quake and a police station bombing, a Kirkuk blast and an Iraqi dust storm,
  a Honduran prison riot and a dengue emergency), each through a toll update
  the fold model alone read as the other story's: no such reading merges
  stories of other kinds of happening since (`monitor.store.folding.
  _bridged_by_model`); riots and dust storms are kinds now. Steps since:
  troops sent after an attack, a suspect "booked" or placed in psychiatric
  detention, a letter to the Security Council. Left: a border crossing's
  reopening announced and then done (heldout144) and a Costa Rican quake
  joined to an Iranian one told in Persian with no place read and the same
  magnitude (heldout146). After: pooled tp 519, fp 4, fn 129.
- `heldout149.jsonl` to `heldout156.jsonl` (96, 95, 97, 98, 97, 97, 96 and
  98 items: a third of the stories from Central Asia and Mongolia, the
  Caucasus and the Black Sea, Australia and New Zealand, mainland Southeast
  Asia, Central Africa and the Great Lakes, Poland, Baltic Germany and
  Scandinavia, Brazil, and the Persian Gulf and Iran), written blind after
  beca796 (2026-11-24) and run once on it before reading: pooled tp 547, fp
  79, fn 115, that is 0.874 / 0.826; per set 0.921 / 0.707, 1.000 / 0.765,
  0.829 / 0.778, 0.745 / 0.795, 0.757 / 0.975, 0.878 / 0.878, 0.970 / 0.821,
  1.000 / 0.889. Merges again: a casino fire's toll update and a typhoon's,
  a boat that sank on Lake Kivu and rebels taking a town in South Kivu, a
  newsletter ("Morning Mail: Gingin fire toll rises, Cox Plate shock")
  naming a bushfire and a horse race. Since: two stories whose tellings name
  kinds of happening none of which the other's names or relates to
  (`monitor.eventkinds.far_apart`) are not merged, nor is a toll that rose
  read as another kind's (`stories.TOLL_OF_ANOTHER_KIND`); a recurring title
  merges nothing; fighting is a kind; the words of a country's name
  ("Democratic Republic of Congo") lower no bar as proper names; relief
  allotted, a halt ordered and a company grounded are steps. Left: a
  ferry adrift in a named storm, labelled apart from the storm (heldout154),
  a Ukrainian telling that "hears" a Russian plant's name in a common sound
  (heldout151) and a bus crash that names an earlier one's region
  (heldout155). After: pooled tp 543, fp 14, fn 119.
- `heldout157.jsonl` to `heldout164.jsonl` (98, 97, 99, 96, 97, 98, 97 and
  97 items: a third of the stories from Turkey and Greece, Nigeria, Niger
  and Cameroon, Japan and South Korea, the Philippines and Indonesia, Mexico
  and Guatemala, Pakistan and Afghanistan, Italy, Spain and Portugal, and
  Ukraine and Russia), written blind after f5a7c42 (2026-11-24) and run once
  on it before reading: pooled tp 591, fp 38, fn 92, that is 0.940 / 0.865;
  per set 0.938 / 0.872, 1.000 / 0.890, 0.935 / 0.888, 0.930 / 0.879, 0.904
  / 0.795, 0.889 / 0.847, 0.974 / 0.894, 0.959 / 0.854 (9594fd6, the
  session's first code: 0.938 / 0.870). No chain this time: most wrong pairs
  were steps taken over an event (an investigation team set up, money
  allotted to rebuild, a state of calamity approved, night bus travel
  banned), steps since; and two tornadoes an hour apart in two states, read
  alike by the fold model (`stories._towns_apart`: no second reading for two
  headlines naming two towns neither tells of; a town of several words,
  "Grand Island", counts as a headline's town since). Left: a government's
  resignation and the king's holding it in abeyance (heldout161), two stage
  wins of the Giro and a super-G and a downhill at one resort told without
  stage numbers, an Urdu telling that "hears" a border post's names in its
  common sounds (heldout162). After: pooled tp 592, fp 14, fn 91.
- `heldout165.jsonl` to `heldout172.jsonl` (97, 96, 100, 98, 98, 97, 96
  and 96 items: a third of the stories from the Arabian Peninsula and the
  Horn, Southern Africa, China and Taiwan, the Balkans, the Andes and the
  Southern Cone, India, the United States and Canada, and North Africa),
  written blind after 9eccb6c (2026-11-24) and run once on it before
  reading: pooled tp 551, fp 19, fn 96, that is 0.967 / 0.852, both goals
  met; per set 0.971 / 0.805, 1.000 / 0.793, 0.938 / 0.864, 1.000 / 0.814,
  1.000 / 0.919, 0.930 / 0.892, 1.000 / 0.823, 0.915 / 0.915 (9594fd6:
  0.957 / 0.855). The wrong pairs: steps taken over an event (relief in
  rupees, a sum's plan, a gang's claim of an attack), steps since; a war's
  daily column "at a glance", a recurring title since; and an army's raid
  joined to the base attack it answered (heldout165), and a jawan killed by
  an IED joined to an encounter in the next district (heldout170), left.
  After: pooled tp 551, fp 4, fn 96.
- `heldout173.jsonl` to `heldout180.jsonl` (96, 96, 97, 98, 98, 98, 97
  and 96 items: a third of the stories from the Caribbean and Venezuela,
  Iran and Iraq, Scandinavia and Finland, Vietnam, Laos and Cambodia, East
  Africa, Germany, Austria and Switzerland, Bangladesh, Nepal and Sri Lanka,
  and Peru, Colombia, Panama and Costa Rica), written blind after c1a85ba
  (2026-11-24) and run once on it before reading: pooled tp 553, fp 40, fn
  111, that is 0.933 / 0.833 (9594fd6: the same); per set 0.909 / 0.746,
  0.819 / 0.861, 0.880 / 0.795, 0.972 / 0.812, 1.000 / 0.857, 1.000 /
  0.738, 0.977 / 0.923, 0.919 / 0.898. The largest chain: an Arabic telling
  of a bomb "north of Baghdad" that "heard" Baghdad in a report of Kurdish
  oil flowing again (a capital the other telling was not tagged with is no
  name heard since). Steps since: a support scheme of "€25m", an evacuation
  ordered, a launch condemned, workers rescued after 32 hours, the army's
  help approved. Left: a men's and a women's relay at one championship
  (heldout175), soldiers held by villagers and freed (heldout180, whose
  labels split one telling of the standoff from the others). After: pooled
  tp 552, fp 13, fn 112.
  The first runs of that session's 40 sets, heldout141 to heldout180,
  pooled: tp 2761, fp 236, fn 543, that is 0.921 / 0.836.
- `heldout181.jsonl` to `heldout188.jsonl` (98, 94, 97, 96, 97, 99, 98
  and 95 items: a third of the stories from West Africa, Malaysia, the
  Philippines and Indonesia, the western Balkans, Mexico and Central
  America, the Gulf and Yemen, China, Taiwan and Hong Kong, southern Africa,
  and Turkey, Georgia and Armenia), written blind after ef5bf59
  (2026-11-24) and run once on it before reading: pooled tp 564, fp 49, fn
  111, that is 0.920 / 0.836 (aba727d: 0.919 / 0.836); per set 0.820 /
  0.958, 1.000 / 0.850, 0.969 / 0.713, 0.959 / 0.854, 0.958 / 0.657, 0.912
  / 0.880, 0.847 / 0.902, 1.000 / 0.826. The largest chain (heldout181, 20
  wrong pairs): an explainer of a building collapse in Abuja whose one name
  and one headline word in common with a fuel price report were both
  "Abuja" (a headline word besides the name since). Then two races of one
  series told by their winners (the women's and the men's Paris-Roubaix; a
  resort's super-G and its downhill), a quake in Qinghai that heard
  Qinghai's sound in a Korean report of China's defence budget and merged
  the two stories (a heard name bridges no story of another kind since),
  and UN money "released to help" survivors. Left: a lookalike quake joined
  to relief for another (heldout186), a military operation "after" an
  attack joined to it (heldout183), and an airport's reopening as a
  volcano's ash eases, which heldout27 labels as the eruption's and
  heldout184 as a story of its own. After: pooled tp 564, fp 6, fn 111.
- `heldout189.jsonl` to `heldout196.jsonl` (95, 95, 96, 98, 99, 95, 95
  and 94 items: a third of the stories from central Europe, Afghanistan,
  Pakistan and Iran, the Horn of Africa and Sudan, Japan and South Korea,
  the Southern Cone, France and the Low Countries, India and Sri Lanka, and
  North America), written blind after f9133cb (2026-11-24) and run once on
  it before reading: pooled tp 510, fp 55, fn 112, that is 0.903 / 0.820
  (aba727d: the same); per set 1.000 / 0.629, 0.899 / 0.845, 1.000 / 0.813,
  0.863 / 0.840, 1.000 / 0.793, 1.000 / 0.938, 0.696 / 0.897, 0.945 /
  0.765. The largest chain (heldout195, 34 wrong pairs): a ferry fire's
  toll in the Bangka Strait, a name the tagger does not know, read by the
  fold model as one with a factory fire's toll in India, both "rise to
  nine" (with no country in common, a headline's proper nouns count as its
  towns since). Steps since: relief money earmarked, suspects "held over"
  or named in a list, troops deployed, a disaster relief act applied; and
  Pashto's word for an explosion. Left: "Bajaur" heard in the Pashto for
  "bazaar" (heldout190). After: pooled tp 509, fp 6, fn 113.
- `heldout197.jsonl` to `heldout204.jsonl` (96, 98, 96, 98, 97, 98, 96
  and 95 items: a third of the stories from North Africa, Russia, Ukraine
  and Belarus, Thailand, Myanmar and Malaysia, Iberia and Italy, the Great
  Lakes, Australia, New Zealand and Papua New Guinea, the Levant, and
  Venezuela, Bolivia and Paraguay), written blind after 9ec744a (2026-11-24)
  and run once on it before reading: pooled tp 533, fp 34, fn 102, that is
  0.940 / 0.839 (aba727d: 0.921 / 0.839, fp 46); per set 0.963 / 0.776,
  0.949 / 0.949, 0.934 / 0.781, 1.000 / 0.958, 0.932 / 0.852, 0.957 /
  0.736, 1.000 / 0.781, 0.802 / 0.855. The largest chain (heldout204, 16
  wrong pairs): a quake's toll and a fireworks blast's, one day in
  Venezuela (two tolls that rose, of kinds none the same, are two events
  since). Then two bushfires, the later naming the other "a separate fire"
  (no one disaster told again since), tourists all rescued and a building
  closed pending an audit (steps since). Left: a drone strike on a Russian
  refinery and one on a Ukrainian station, one morning, read alike
  (heldout198; two headlines' places apart cost 16 true pairs as a veto),
  two German state elections one evening (heldout197), and fans
  celebrating a final's win joined to the final (heldout199). After:
  pooled tp 534, fp 10, fn 101.
- `heldout205.jsonl` to `heldout212.jsonl` (95, 99, 96, 100, 96, 99, 100
  and 97 items: a third of the stories from Nepal, Bangladesh and Bhutan,
  Greece, Cyprus and Bulgaria, Britain and Ireland, the Sahel and Cameroon,
  Indonesia and Timor-Leste, Iraq, Kuwait and Saudi Arabia, Central Asia,
  and the Caribbean), written blind after 8839065 (2026-11-24) and run once
  on it before reading: pooled tp 507, fp 19, fn 131, that is 0.964 / 0.795
  (aba727d: 0.964 / 0.798); per set 1.000 / 0.776, 0.951 / 0.853, 1.000 /
  0.680, 0.946 / 0.679, 0.984 / 0.838, 0.911 / 0.845, 0.945 / 0.793, 1.000
  / 0.880. No chain longer than 4 wrong pairs. Steps since: a driver
  charged, suspects named in a longer list. Left: a port's shipments
  resumed after a cyclone (heldout208), a state of emergency "declared" in
  the passive (heldout210; heldout65 and heldout125 label such titles as
  their own stories' tellings), a quake's telling and a flood's in one
  province read alike by their shared province words (heldout209; far
  apart kinds as a veto cost 31 true pairs, or 17 below similarity 0.2), a
  lookalike quake and a lookalike blast joined to another's toll update and
  arrests by the fold model (heldout211). A Chinese telling whose "D线"
  was read as French carried two language marks, and its profile took
  either by the hash seed's order of a set: heldout211 found 69 or 71 true
  pairs from run to run (one mark since, the script's; the 197 sets now
  score the same under PYTHONHASHSEED 1 and 7). After: pooled tp 511, fp
  12, fn 127.
  The first runs of this session's 32 sets, heldout181 to heldout212,
  pooled: tp 2114, fp 157, fn 456, that is 0.931 / 0.823 (aba727d, the
  session's start: tp 2116, fp 170, fn 454, 0.926 / 0.823).
- `heldout213.jsonl` to `heldout220.jsonl` (99, 97, 95, 97, 98, 98, 99
  and 98 items: a third of the stories from Sudan, South Sudan and
  Ethiopia, Japan and South Korea, Mexico and Central America, France,
  Belgium and Switzerland, India, the Philippines and Malaysia, Poland, the
  Baltic states and Belarus, and Australia, New Zealand and the Pacific),
  written blind after 9cec66c (2026-11-24) and run once on it before
  reading: pooled tp 546, fp 30, fn 137, that is 0.948 / 0.799; per set
  1.000 / 0.698, 0.849 / 0.890, 1.000 / 0.805, 0.953 / 0.828, 0.931 /
  0.853, 0.940 / 0.808, 1.000 / 0.719, 0.953 / 0.792. The largest chain
  (heldout214, 8 wrong pairs): a Korean report of a fire in Seoul joined
  to the Korean Series final by Seoul and one figure, the final's
  "best-of-seven" (a series format counts nothing since). Then a quake in
  Assam joined to one in Uttarakhand the day before, through "Pradesh" of
  two states, "Center" of the agency that reports both, and magnitudes 5.0
  and 5.2 that agreed within a tenth (division words, an agency's words
  and magnitudes within 0.1 since; "5.0" is read as a magnitude too);
  steps taken (a police search of the operator, a stop-work order, a plant
  ordered shut, pupils who regain freedom, a regulator's order to replace
  cables); and "Second Bowen Basin mine incident in three days", which
  merged two mines' stories (such a telling merges nothing and joins the
  later's since). The gazetteer's build had left out every place whose
  name keeps "ł", "ø", "đ" or "ı" under NFKD (Łódź, Wrocław, Tromsø,
  Diyarbakır, Đắk Lắk: 59 provinces and 341 towns), and Finnish,
  Lithuanian and Turkish tellings under 25 words were read as no language.
  After: pooled tp 554, fp 0, fn 129, that is 1.000 / 0.811.
- `heldout221.jsonl` to `heldout228.jsonl` (98, 99, 95, 98, 97, 96, 95
  and 97 items: a third of the stories from Brazil, Egypt, Libya and
  Tunisia, Germany, Austria and the Netherlands, Pakistan and Afghanistan,
  Canada and the United States, Kenya, Tanzania and Uganda, Taiwan, Hong
  Kong and mainland China, and Peru, Chile and Argentina), written blind
  after f6790d6 (2026-11-24) and run once on it before reading: pooled tp
  515, fp 27, fn 127, that is 0.950 / 0.802; per set 0.892 / 0.759, 1.000
  / 0.816, 1.000 / 0.795, 0.922 / 0.807, 0.968 / 0.800, 0.861 / 0.827,
  0.985 / 0.783, 1.000 / 0.838. The largest chain (heldout226, 8 wrong
  pairs): two bus crashes' tolls an hour apart, "Korogwe crash death toll
  rises to 22" and "Lukaya crash: Death toll rises to 15" (two tolls that
  rose, whose headlines name two places neither tells, are two events
  since). Steps since: the National Force sent, a prime minister who vows
  to stay on, money released for an earthquake's survivors, miners pulled
  out or reached alive. Left: a Portuguese telling of a bus from São Paulo
  read by the fold model as one with a cold snap there (heldout221), and
  ferries resumed after fog (heldout227). After: pooled tp 516, fp 3, fn
  126, that is 0.994 / 0.804.
- `heldout229.jsonl` to `heldout236.jsonl` (98, 98, 95, 95, 99, 96, 102
  and 97 items: a third of the stories from Nigeria, Ghana and Senegal,
  Italy, Spain and Portugal, Iran, Iraq and Syria, Vietnam, Thailand and
  Cambodia, the Balkans, Colombia, Venezuela, Peru and Panama, Scandinavia
  and Finland, and Bangladesh, Nepal and Sri Lanka), written blind after
  7dab282 (2026-11-24) and run once on it before reading: pooled tp 555,
  fp 3, fn 128, that is 0.995 / 0.813; per set 1.000 / 0.817, 1.000 /
  0.848, 1.000 / 0.859, 0.976 / 0.870, 0.985 / 0.780, 1.000 / 0.850, 1.000
  / 0.696, 1.000 / 0.773. Left: a flood on the Yom in Sukhothai read by the
  fold model as one with the Ping's in Chiang Mai (heldout232; counting
  provinces as the headlines' towns there cost two other false pairs), and
  a party's coalition invitation joined to the analysis of its election
  win (heldout233). On 8702520 (proper nouns the headline says keyed
  first): tp 560, fp 3, fn 123.
- `heldout237.jsonl` to `heldout244.jsonl` (95, 98, 96, 98, 97, 96, 96
  and 98 items: a third of the stories from Morocco, Algeria and
  Mauritania, Russia and Ukraine, Indonesia and the Philippines, France,
  Italy and Greece, Mexico and Guatemala, the Gulf states, Yemen and Oman,
  southern Africa, and Japan, South Korea and Taiwan), written blind after
  353949f (2026-11-24) and run once on it before reading: pooled tp 529,
  fp 37, fn 121, that is 0.935 / 0.814; per set 0.952 / 0.747, 0.974 /
  0.831, 0.787 / 0.776, 1.000 / 0.861, 1.000 / 0.886, 0.789 / 0.789, 1.000
  / 0.793, 1.000 / 0.822 (on fc66bd3, with the storm names and the kind
  keys: the same). The largest chains: an English report of floods in
  Fujairah that "heard" the stem of "Meteorology" (the National Centre of
  Meteorology) in the Arabic for "metro", in a report of a Dubai Metro
  outage (heldout242, 12 wrong pairs; leaving such stems out of what is
  heard cost 111 true pairs over the sets, and sounds of three consonants
  81); a hospital ship and aid flights sent to a quake's islands (steps
  since); Chinese ships near Pag-asa read by the fold model as the water
  cannon at Scarborough Shoal (heldout239); a second shooting in Tacoma
  (heldout242); an Indonesian flood's telling that "heard" a name in a
  Hindi report of a crash (heldout237); a single mixed relay joined to the
  mixed relay (heldout238). After: pooled tp 528, fp 27, fn 122.
  The first runs of this session's 32 sets, heldout213 to heldout244,
  pooled: tp 2145, fp 97, fn 513, that is 0.957 / 0.807.
- heldout245 to heldout252 (8 sets of 96 to 99 items: a third of the
  stories from Brazil, Argentina and Chile, India and Pakistan, Nigeria,
  Ghana and Senegal, Germany, Poland and the Czech Republic, China and
  Vietnam, the United States and Canada, Turkey, Iran and Iraq, and Spain,
  Portugal and the United Kingdom), written blind after 0f73195
  (2026-11-24) and run once on it before reading, and on 02d326c, the
  newest commit when they were done (the same): pooled tp 571, fp 45, fn
  111, that is 0.927 / 0.837; per set 0.986 / 0.812, 0.965 / 0.911, 1.000
  / 0.809, 0.840 / 0.819, 0.839 / 0.897, 0.921 / 0.795, 0.949 / 0.813,
  0.946 / 0.833. The largest chains: a Vietnamese mine blast in Quảng Ninh
  and a nuclear deal for Ninh Thuận, one "name" in common (heldout249, 15
  wrong pairs; a word of a place of several words is no name in common
  since); 900 jobs cut in Korbach and 900 evacuated in Trier, a large
  figure in two languages (heldout248, 9; not when each names towns and
  none in common since); disaster payments after a cyclone (heldout248, 4;
  a step since); a "Morning Mail" edition and a Kunming fire told in
  Chinese (heldout246, 3); captures told in Spanish (heldout250, 3); two
  IED blasts in Chhattisgarh a day apart (heldout250 and heldout252, 2
  each) and an ambush and a roadside bomb in Anbar (heldout251, 4), left.
  After: pooled tp 576, fp 11, fn 106, that is 0.981 / 0.845.
- heldout253 to heldout260 (8 sets of 96 to 101 items: a third of the
  stories from Kenya, Ethiopia and Tanzania, Thailand, Malaysia and
  Myanmar, Colombia, Peru and Venezuela, the Nordic and Baltic countries,
  Egypt, Sudan and Libya, Australia, New Zealand and the Pacific,
  Bangladesh, Nepal and Sri Lanka, and Romania, Hungary and the western
  Balkans), written blind after 0f271c4 (2026-11-24) and run once on it
  before reading, and on b28d88f, the newest commit when they were done
  (the same): pooled tp 566, fp 28, fn 94, that is 0.953 / 0.858; per set
  0.986 / 0.855, 1.000 / 0.944, 1.000 / 0.827, 0.872 / 0.701, 0.921 /
  0.886, 1.000 / 0.872, 0.859 / 0.882, 1.000 / 0.928. The largest chains:
  the Tokyo and Barcelona marathons' course records (heldout259, 6 wrong
  pairs; who "smashes" a record is a winner named since); a state of
  calamity declared, an assistance scheme activated, a probe body formed
  (heldout256, heldout257, heldout259; steps since); the "Authority" of a
  gem agency heard in a Tamil report of a fire (heldout259; an
  organisation is heard word by word, less institutions' words, since); a
  village evacuated for fear of a second rockslide in Greenland
  (heldout256, 6) and a skier's two wins in Alta Badia (heldout257, 2),
  left. After: pooled tp 566, fp 9, fn 94, that is 0.984 / 0.858.
- heldout261 to heldout268 (8 sets of 95 to 99 items: a third of the
  stories from Ireland, France and the Benelux, Iraq, Syria and Jordan,
  Indonesia and the Philippines, Mexico and Central America, Nigeria,
  Cameroon and Niger, Japan and South Korea, Brazil and Bolivia, and
  Ukraine, Russia and the Caucasus), written blind after 9e60c87
  (2026-11-24) and run once on it before reading: pooled tp 569, fp 55, fn
  97, that is 0.912 / 0.854; per set 0.955 / 0.771, 0.857 / 0.907, 1.000 /
  0.744, 0.966 / 0.935, 0.983 / 0.744, 0.900 / 0.900, 0.971 / 0.882,
  0.762 / 0.941. The largest chains: a Ukrainian report of drones on
  Berdychiv that the fold model read as drones on an airfield near Pskov,
  which merged the two stories (heldout268, 12 wrong pairs; the model
  bridges no two stories whose headlines name towns apart since); steps
  the marks did not know (a coast guard searching a ferry operator, a
  commander sacked, a law challenged in court, a humanitarian scheme
  activated, miners brought to the surface: 20 wrong pairs; steps since);
  a dam deal and a bus crash in Syria read alike by the fold model
  (heldout262, 9), an Urdu report of an attack in Hangu that "heard"
  Brahmaputra's stem (heldout261, 3) and a village blast in Corsica read as
  Porto (Porto-Vecchio), left. After: pooled tp 569, fp 23, fn 97, that
  is 0.961 / 0.854.
- heldout269 to heldout275 (7 sets of 95 to 101 items: a third of the
  stories from India and Pakistan, Germany, Austria and Switzerland,
  Vietnam, Cambodia and Laos, Chile, Argentina and Uruguay, southern
  Africa, Italy, Greece and Turkey, and the United States and Canada;
  heldout276's helper had written nothing by the end of the session, so
  that set stays blind), written blind after 7fa7aea (2026-11-24) and run
  once on it before reading: pooled tp 521, fp 41, fn 77, that is 0.927 /
  0.871; per set 1.000 / 0.825, 0.833 / 0.938, 0.944 / 0.791, 0.988 /
  0.929, 0.952 / 0.797, 0.862 / 0.957, 1.000 / 0.816. The largest chains:
  an explainer of wildfires north of Athens that bridged the fire and a
  ferry that hit a dock near Athens (heldout274, 14 wrong pairs; a capital
  is no name an explainer shares since); a German report of a chemical
  park blast that the fold model read as a Legionnaires' outbreak in Ulm,
  two dead each (heldout270, 15), left; ex gratia money, a gas fitter
  charged, tourists airlifted (steps since); a Grand Prix and its sprint
  (heldout273; a session of its own since). After: pooled tp 521, fp 16,
  fn 77, that is 0.970 / 0.871.
  The first runs of this session's 31 sets, heldout245 to heldout275,
  pooled: tp 2227, fp 169, fn 379, that is 0.929 / 0.855; with stop 35's
  32 sets, 63 first runs: tp 4372, fp 266, fn 892, that is 0.943 / 0.831.
- heldout276 (96 items, a third of the stories from China, Taiwan and Hong
  Kong), whose helper finished late, run once on b04b986 before reading: tp
  62, fp 5, fn 15, that is 0.925 / 0.805: a citywide inspection of
  industrial buildings joined to the Kwun Tong fire it answers (a step
  since) and two gunfights a day apart in neighbouring Kashmir districts,
  Anantnag and Kulgam, left. After: tp 62, fp 2, fn 15.
- heldout277 to heldout284 (8 sets of 95 to 99 items: a third of the
  stories from Morocco, Algeria and Tunisia, Kazakhstan, Uzbekistan and
  Kyrgyzstan, the DR Congo, Uganda and Rwanda, Peru, Bolivia and Paraguay,
  Indonesia and Malaysia, the United Kingdom and Ireland, India and
  Bangladesh, and Turkey, Greece and Cyprus), written blind after b04b986
  (2026-11-24) and run once on it before reading: pooled tp 554, fp 16, fn
  117, that is 0.972 / 0.826; per set 1.000 / 0.919, 0.915 / 0.711, 1.000
  / 0.881, 1.000 / 0.855, 1.000 / 0.859, 0.923 / 0.818, 0.947 / 0.783,
  0.968 / 0.732. The wrong pairs came from single joins, no long chain:
  steps told in the passive ("Investigation launched into cause of
  Immingham port fire", "probe launched after Istanbul Airport wing clip")
  and an emergency recognised by a federal government (steps since); a
  Hindi report of a bus crash that "heard" the Hospital of Guru Nanak Dev
  Hospital in "अस्पतालों" (hospitals, a word taken from English) and Tarn
  in "यात्रियों" (an institution's building is no name since); the fold
  model's yes to an explainer of the Andijan gas blast and the inspections
  ordered after it, and to an explainer of Bishkek's heating failure and
  the schools closed early over it (heldout278), left. After: pooled tp
  554, fp 2, fn 117, that is 0.996 / 0.826.
  Between the two runs, the fold model is no longer asked about two
  tellings in two languages whose headlines name towns of one country, none
  the other's: a German report of a chemical park blast in Burghausen and a
  Legionnaires' outbreak in Ulm, two dead each (heldout270, 15 wrong pairs
  in stop 36's sets), are no longer one story.
- heldout285 to heldout292 (8 sets of 94 to 99 items: a third of the
  stories from Israel, Lebanon and Palestine, Argentina and Uruguay,
  Poland, the Baltic states and Belarus, Ethiopia, Somalia and South Sudan,
  Japan, Pakistan and Afghanistan, Spain and Portugal, and Vietnam and the
  Philippines), written blind after 9cb661c (2026-11-24) and run once on it
  before reading: pooled tp 519, fp 28, fn 118, that is 0.949 / 0.815; per
  set 0.905 / 0.826, 0.857 / 0.761, 1.000 / 0.831, 0.926 / 0.843, 0.921 /
  0.864, 1.000 / 0.851, 1.000 / 0.734, 0.985 / 0.798. The wrong pairs: "200
  vehicles" stranded on a snowbound expressway against a Tokyo fire that
  burned "約200平方メートル" (heldout289, 6; a burned area is no count
  since); a humanitarian scheme "activated" for Storm Petronella's victims
  joined to the storm by its name (heldout288, 6), a strike lifted and the
  Ariel gunman's killing, "suspected of" the shooting (steps since); two
  wildfires, at Lac La Biche and Cumberland House, that shared only "River"
  (heldout292; "River", "Lake", "Bay" and the like are no place two
  tellings of a disaster share since); arrests over a settler rampage
  joined to the gunman's killing, both steps, a ferry stranded between
  Argentina and Uruguay joined to their women's friendly, a Spanish report
  of Uruguay's defeat read by the fold model as a nursing home fire's toll,
  and arrests over a mosque bombing joined to a roadside bomb in the same
  town hours before (heldout285 and heldout286), left. After: pooled tp
  521, fp 7, fn 116, that is 0.987 / 0.818.
  Between the two runs, the Philippines', Indonesia's and Ireland's
  provinces and counties became places (`tools/build_gazetteer.py`
  `SECOND_LEVEL`): over the 269 sets labelled before, tp 19230 to 19258, fp
  unchanged.
- heldout293 to heldout300 (8 sets of 95 to 100 items: a third of the
  stories from Saudi Arabia, Kuwait and Qatar, Colombia, Venezuela and
  Panama, Ghana, Côte d'Ivoire and Burkina Faso, South Korea, Romania,
  Bulgaria and Serbia, Australia, the Benelux, and Myanmar, Bangladesh and
  Nepal), written blind after 5352b33 (2026-11-24) and run once on it
  before reading: pooled tp 558, fp 64, fn 120, that is 0.897 / 0.823; per
  set 0.930 / 0.842, 0.758 / 0.915, 1.000 / 0.755, 0.745 / 0.800, 1.000 /
  0.712, 0.912 / 0.747, 1.000 / 0.889, 0.972 / 0.933. The chains: a Korean
  report of six special disaster zones declared after Typhoon Haikui, a
  step the marks did not read in Korean (heldout296, 7; "특별재난지역" since);
  a quake off Boryeong whose English telling names Gyeonggi, "heard" in the
  "경북" of a Korean report of a derailment (heldout296, 12), left; an
  explainer of the Florencia car bomb read by the fold model alike a
  cocaine seizure at Cartagena, which bridged the two (heldout294, 8),
  left; arrests over the Florencia bombing joined, hours on, to a grenade
  attack in Neiva (heldout294, 4; a step over an event in another town
  since); a Galeras ash column joined to the Cerro Machín alert its text
  recalls (heldout294, 6), left; "Second Hunter bushfire in three days"
  joined to the first by the fire's name, a "new blaze near Lacanau" to
  the Gironde fire, victims made eligible for disaster support, a leader
  who "quits as" leader after an election (heldout298, heldout294; all
  read since); prisoners recaptured and all 17 rescued from a cave, which
  heldout18 and heldout292 label as their event's own tellings (heldout293,
  6), left. After: pooled tp 556, fp 38, fn 122, that is 0.936 / 0.820.
  The session's 25 first runs (heldout276 to heldout300) pool to tp 1693,
  fp 113, fn 370, that is 0.937 / 0.821.
- heldout301 to heldout308 (8 sets of 95 to 98 items: a third of the
  stories from Mexico, Guatemala and Honduras, Egypt, Sudan and Tunisia,
  eastern India, France and Switzerland, Kenya, Uganda and Tanzania,
  Indonesia and Malaysia, Italy and Greece, and Chile, Bolivia and Peru),
  written blind after 8b38706 (2026-11-24) to a prompt that now settles a
  rescue completed, escapees recaptured, a leader resigning after a defeat
  and a curfew as followups, and run once on it before reading: pooled tp
  580, fp 54, fn 93, that is 0.915 / 0.862; per set 0.890 / 0.881, 0.901 /
  0.965, 0.956 / 0.783, 0.903 / 0.778, 0.871 / 0.920, 1.000 / 0.800, 0.944
  / 0.819, 0.887 / 0.934. 45 of the 54 wrong pairs were steps joined to
  their event: all rescued from a tunnel, a ferry and a stranded ferry, a
  search ended (15); a state of siege declared hours after clashes told in
  Spanish (6); a curfew imposed (3); a tunnel to stay closed for weeks (6);
  a school closed indefinitely (8); a registry extended and a blockade
  lifted (6); all read since. The rest: a fire at East Port Said's
  container terminal read by the fold model alike the Suez Canal's fee
  discount for container ships (heldout302, 9), left; a grass fire in
  Kansas read alike a Nebraska wildfire (heldout301, 1), left: the tagger
  reads "Flint Hills" as Flint, Michigan. After: pooled tp 580, fp 10,
  fn 93, that is 0.983 / 0.862.
- heldout309 to heldout316 (8 sets of 95 to 100 items: a third of the
  stories from Turkey and Georgia, Nigeria and Cameroon, Germany and
  Austria, China, Brazil and Paraguay, Ukraine and Moldova, Thailand,
  Cambodia and Laos, and the United States), written blind after 7dd8829
  (2026-11-24) and run once on it before reading: pooled tp 565, fp 14,
  fn 127, that is 0.976 / 0.817; per set 1.000 / 0.709, 1.000 / 0.918,
  1.000 / 0.927, 0.945 / 0.793, 1.000 / 0.753, 0.927 / 0.750, 0.952 /
  0.769, 0.963 / 0.907. The wrong pairs: a 4.8 quake in Yunnan joined to
  a 5.9 quake in Sichuan by the words such reports share (heldout312, 4;
  a magnitude apart in another province is another quake since); "Ukraine
  war latest: Drones hit Black Sea port, mine blast kills 6 in Volyn",
  which bridged the two (heldout314, 4; a war's "latest" is an edition
  since); water bombers sent to help fight the Sintra wildfire (heldout315,
  3) and all 31 climbers stranded on Mount Ontake descending safely
  (heldout316, 3), steps read since. After: pooled tp 566, fp 0, fn 126,
  that is 1.000 / 0.818.
- heldout317 to heldout324 (8 sets of 96 to 100 items: a third of the
  stories from Iran and Iraq, Japan, Mozambique, Zimbabwe and Zambia, the
  United Kingdom and Ireland, southern India, Russia, Canada, and Morocco
  and Algeria), written blind after 67cc1b5 (2026-11-24) and run once on
  it before reading: pooled tp 602, fp 57, fn 71, that is 0.914 / 0.895;
  per set 0.928 / 0.906, 0.886 / 0.940, 0.888 / 0.929, 1.000 / 0.842,
  0.830 / 0.963, 0.948 / 0.753, 0.919 / 0.919, 0.932 / 0.945. 25 wrong
  pairs were steps the marks did not read: all five crew "found alive",
  fishermen rescued "after a night adrift", a nightclub's owner charged,
  police searching a steelworks, the armed forces deployed to a flood, an
  airport reopened, a base retaken, troops flown in after a cyclone; all
  read since. Left: the Beira fuel depot fire's risen toll joined to a
  dive boat's capsizing the same day (heldout319, 12), as a boat and a
  fire are kinds one event may share (requiring a kind in common for any
  risen toll cost 22 true pairs); a Kannada report of monkey fever that
  "heard" Kollam in Kerala's budget and a Tamil one of a metro girder
  that "heard" the Nataraja of a stolen idol (heldout321, 15), one sound
  of three consonants each (counting such sounds as half a name cost 128
  true pairs); an avalanche on Elbrus read by the fold model alike a
  rockburst in a mine (heldout322, 4). After: pooled tp 602, fp 32, fn 71,
  that is 0.950 / 0.895.
- heldout325 to heldout332 (8 sets of 95 to 99 items: a third of the
  stories from Pakistan and Afghanistan, Spain and Portugal, Congo,
  Rwanda and Burundi, Vietnam and the Philippines, Poland, Czechia and
  Slovakia, Argentina and Chile, Saudi Arabia, Yemen and Oman, and New
  Zealand and the Pacific), written blind after 92e7567 (2026-11-24) and
  run once on it before reading: pooled tp 497, fp 34, fn 135, that is
  0.936 / 0.786; per set 0.980 / 0.588, 0.891 / 0.731, 0.903 / 0.767,
  1.000 / 0.937, 0.953 / 0.824, 0.958 / 0.831, 0.868 / 0.846, 0.941 /
  0.780. 16 wrong pairs were steps: a curfew headed as "Indefinite curfew
  in ...", all twelve missing ferry passengers found safe, a military
  team and a navy ship sent, WHO experts deployed, everyone evacuated from
  a grounded ferry, a driver taken into custody; all read since ("Pemex
  halts crude processing" was not: heldout244 labels a refinery halting
  processing after a drone strike as the strike's update). Left: flash
  floods in Lang Son joined to Typhoon Ampil's toll in China (heldout326,
  3); a refinery fire at Duqm, missing hikers near Jebel Shams and a bus
  crash on Jebel Akhdar, joined at a similarity of 0.15 by the authority
  both name (heldout331, 10); "Twelve missing Indonesian ferry passengers
  found alive", a headline that does not open with "All" (heldout326, 2);
  Pemex halting processing after the Olmeca fire (heldout329, 3). After: pooled tp 498, fp 18, fn 134, that is 0.965 /
  0.788. The session's 32 first runs (heldout301 to heldout332) pool to
  tp 2244, fp 159, fn 426, that is 0.934 / 0.840.
- heldout333 to heldout340 (8 sets of 95 to 98 items: a third of the
  stories from South Korea and Taiwan, Ethiopia, Somalia and Djibouti,
  Colombia, Venezuela and Ecuador, Bangladesh, Nepal and Sri Lanka, the
  Nordic countries, Ghana, Côte d'Ivoire and Senegal, Australia, and
  Romania, Bulgaria and Serbia), written blind after 90135e9 (2026-11-24)
  and run once on it before reading: pooled tp 548, fp 61, fn 141, that
  is 0.900 / 0.795; per set 0.899 / 0.877, 0.750 / 0.833, 1.000 / 0.762,
  0.828 / 0.778, 1.000 / 0.693, 0.987 / 0.813, 0.936 / 0.859, 0.861 /
  0.764. 11 wrong pairs were steps (a resignation offered, a rescue
  operation ended, everyone stranded brought down), read since; the rest
  an Amharic "in Bole" heard as Babile, an explainer joined to an outage
  by the two words of Addis Ababa, two Halloween shootings, "Park" heard
  in the Nepali for "fell", a blast "day after deadly Serbian explosion"
  joined to that explosion, CNN's "5 things to know" and two days' ABC
  briefings with one boilerplate summary; all mended since, and Amharic
  words for ten kinds of happening gave 7 true pairs. Left: the Feni line
  "restored after 21 hours" joined to the derailment that cut it
  (heldout336, 4), as older sets label such reopenings updates as often
  as stories; "How Stuttgart built a title-winning side" joined to the
  title (heldout334, 1); all 329 rescued from a grounded ferry within
  hours of the grounding (heldout338, 1). After: pooled tp 555, fp 6, fn
  134, that is 0.989 / 0.806.
- heldout341 to heldout348 (8 sets of 94 to 98 items: a third of the
  stories from Egypt, Sudan and Libya, Pakistan and Afghanistan, Brazil,
  Paraguay and Uruguay, Canada, Vietnam, Cambodia, Laos and Myanmar, Iran
  and Iraq, Kenya, Uganda and Tanzania, and Spain and Portugal), written
  blind after 02610aa (2026-11-24) and run once on it before reading:
  pooled tp 550, fp 89, fn 139, that is 0.861 / 0.798; per set 0.878 /
  0.739, 0.591 / 0.898, 1.000 / 0.657, 0.937 / 0.776, 0.955 / 0.785,
  0.988 / 0.827, 0.897 / 0.824, 0.966 / 0.851. Most wrong pairs came from
  three bridges in heldout342: an avalanche's toll read as one with a
  bombing's (no kind of happening named "avalanche" then), a cricket
  report that heard "Akram" in the Urdu "کرنے" ("to do") of a marriage
  bill, and a Turkish report of a copper mine that heard "Taliban" in a
  Persian one of the avalanche. Then steps (a fact-finding mission, a
  fleet grounded, fishing banned, a safety board to investigate, a
  hostage drama ended), "Province" shared by a Korean landslide and a
  Chinese typhoon, and a year's tally read as a toll that rose. All mended
  since but the hostage drama ended within four hours (heldout347, 2).
  Left: Egypt's inflation joined to a palace find by the fold model's
  reading of an Arabic telling (heldout341, 4); the rejection of a bill
  joined to the bill (heldout342, 5); children killed by old ordnance
  joined to a raid named for the same province (heldout342, 4); two
  wildfires in central Portugal two days apart (heldout348, 2). After:
  pooled tp 551, fp 17, fn 138, that is 0.970 / 0.800.
- heldout349 to heldout356 (8 sets of 94 to 100 items: a third of the
  stories from Turkey and the Caucasus, Indonesia and the Philippines,
  Nigeria, Ghana and Senegal, Mexico and Central America, Japan and South
  Korea, Germany, Austria and Switzerland, India's northern states, and
  Colombia, Ecuador and Peru), written blind after fd3aa18 (2026-11-24)
  and run once on it before reading: pooled tp 503, fp 36, fn 110, that
  is 0.933 / 0.821; per set 0.831 / 0.855, 0.977 / 0.933, 1.000 / 0.786,
  0.917 / 0.714, 0.944 / 0.850, 0.963 / 0.754, 0.847 / 0.744, 1.000 /
  0.908. The wrong pairs: a tractor-trolley overturned in Shahjahanpur and
  a constable run over by a tractor in Dholpur, read alike by the fold
  model (heldout355, 11; the gazetteer knows neither town, nor "UP");
  Tunisia's flood toll risen to four joined to Adjara's (heldout349, 9;
  "Adjara" unread), and steps: an emergency declared, a strait reopened,
  all cavers rescued, a search-and-rescue concluded, a driver "held after
  encounter"; two tenement fires whose one shared name was "Street"
  (heldout354, 2). All mended since. Left: an avalanche at Myoko and one
  at Niseko, and a level-crossing crash near Celle and a train collision
  near Uelzen, each later telling naming the earlier's town in a "days
  after" clause (heldout352, 4; reading such names as no name in common
  cost 13 true pairs over the 341 sets); a coal pit's search ended joined
  to a daily roundup (heldout352, 1; keeping roundups alone from
  tellings cost 17). After: pooled tp 511, fp 5, fn 102, that is 0.990 /
  0.834; and once "PNG" was Papua New Guinea and a House of
  Representatives the story country's, not the U.S. one, 515, 5, 98.
- heldout357 to heldout364 (8 sets of 95 to 102 items: a third of the
  stories from the Nordic countries, Bangladesh and Myanmar, Israel,
  Lebanon, Jordan and Syria, Argentina and Chile, the United States,
  Poland, Ukraine and the Baltic states, Thailand and Malaysia, and
  Ethiopia, Somalia and South Sudan), written blind after 54222bf
  (2026-11-24) and run once, on it and on 8397a7b, before reading: the
  same on both, pooled tp 534, fp 28, fn 169, that is 0.950 / 0.760; per
  set 0.939 / 0.713, 0.833 / 0.759, 0.983 / 0.716, 0.924 / 0.777, 1.000 /
  0.738, 1.000 / 0.788, 0.986 / 0.758, 0.952 / 0.816. The first batch of
  this session whose first run met the precision goal, and the lowest
  recall of the last six: most misses are rewrites in one language below
  the similarity bar, and tellings in two languages of the Latin alphabet
  that share fewer than three names and figures. Mended: a gas leak's
  sickened joined to a quake told in Spanish, both "in Viña del Mar",
  whose three words were three names (heldout360, 6); all passengers
  taken off a grounded cruise ship, a tiger captured (steps). Left: a
  Chinese telling of Myanmar's floods read by the fold model alike a base
  seized in Myanmar, by the country alone (heldout358, 12); a dyke breach
  in Bentiu and a gold pit's collapse in Kapoeta, ten minutes apart, one
  kind in one country (heldout364, 4; holding apart tellings that each
  place their news where the other never names cost 21 true pairs, a
  town against its region); water bombers sent to a wildfire nine hours
  in (heldout357, 4). After: pooled tp 534, fp 21, fn 169, that is 0.962
  / 0.760.
- heldout365 to heldout372 (8 sets of 97 to 100 items in 44 to 52
  stories, each of four regions a set: Brazil, France and Belgium,
  Pakistan and Afghanistan, East Africa; Iran, Iraq and the Gulf, Italy,
  Spain and Portugal, Vietnam and Cambodia, Canada; China and Taiwan,
  southern Africa, the Balkans, Peru and Bolivia; North Africa, Oceania,
  the British Isles, Central Asia; the Caribbean, the Great Lakes of
  Africa, Romania, Hungary and Bulgaria, Nepal and Sri Lanka; Mexico, the
  Sahel, Greece and Cyprus, the Philippines; Venezuela and Colombia, Sudan
  and Chad, Japan, the Low Countries and Scandinavia; southern India,
  Turkey, Cameroon and Nigeria, the U.S. Gulf Coast), written blind from a
  brief rewritten on a new machine (the old one was lost) and run once on
  04f0262 (2026-11-24) before reading: pooled tp 531, fp 12, fn 88, that
  is 0.978 / 0.858; per set 0.965 / 0.854, 1.000 / 0.900, 1.000 / 0.810,
  1.000 / 0.884, 1.000 / 0.859, 1.000 / 0.904, 1.000 / 0.818, 0.864 /
  0.814. The first batch whose first run met both goals. The wrong pairs:
  an analysis of rifles seized in Culiacan, traced to shops "in Arizona
  and Texas", joined to a refinery fire in Baytown, Texas, whose place
  "texas" and proper noun "texa" counted as two names in common
  (heldout372, 6; mended); a coffee estate's landslide in Kodagu joined to
  Kerala's at Idukki the same day by the fold model (heldout372, 3: the
  gazetteer knows no Kodagu, and Madikeri's state is not read); a criminal
  case opened four hours after a plane crash-landed, joined to the crash
  told in Russian (heldout365, 3; the case is now a step, but the two
  scripts' rule reads names before steps). After: pooled tp 531, fp 6,
  fn 88, that is 0.989 / 0.858.
- heldout373 to heldout380 (8 sets of 98 to 100 items in 43 to 52
  stories: Ecuador and Chile, the German-speaking Alps, Bangladesh and
  Myanmar, Ethiopia and Somalia; the River Plate, Poland and the Baltics,
  Indonesia and Malaysia, Ghana and Ivory Coast; Central America, Ukraine
  and Moldova, Thailand and Laos, Angola and Zambia; Arabia, Russia's
  east, South Korea, West Africa's coast; the U.S. Midwest, the Levant,
  Madagascar and Mauritius, Kazakhstan and Mongolia; the Maghreb, central
  Europe, northern India, Chile; Brazil's northeast, Iran, Tanzania and
  Malawi, Spain's regions; Pakistan, Mexico, Kenya, the Philippines),
  written blind from the same brief and run once on ec099fc (2026-11-24)
  before reading: pooled tp 558, fp 2, fn 122, that is 0.996 / 0.821;
  per set 0.969 / 0.787, 1.000 / 0.802, 1.000 / 0.800, 1.000 / 0.766,
  1.000 / 0.747, 1.000 / 0.835, 1.000 / 0.844, 1.000 / 0.977. The two
  wrong pairs: a street-food ban ordered after a cholera outbreak, joined
  to the outbreak (heldout373). The misses: rewrites that share too few
  words (54 pairs), tellings in two languages with one fact in common
  (22) or too far apart (18), and tellings in another script whose
  counts were written in words ("چھ اہلکار", six police; "सात लोग", seven
  people), which only Russian's were read as figures
  (`monitor.scriptnumbers` now reads them in nine scripts, and Turkish,
  Swahili, Czech, Slovak and Romanian ones in Latin letters). After:
  pooled tp 561, fp 2, fn 119, that is 0.996 / 0.825.
- heldout381 to heldout388 (8 sets of 97 to 100 items in 42 to 52
  stories: Morocco and Mauritania, the Nordic countries, Sri Lanka and
  the Maldives, Colombia; Iraq and Jordan, Portugal and the Azores,
  Vietnam, Uganda and South Sudan; the U.S. West, the Caucasus, Papua New
  Guinea and the Solomons, Zimbabwe and Botswana; Canada, Egypt, Japan,
  Niger and northern Nigeria; Peru, Italy, Bangladesh, Mozambique and
  Malawi; Brazil's south, Turkey, Indonesia, DR Congo; Australia, the
  western Balkans, Afghanistan, Libya and Tunisia; the U.S. Northeast,
  France, China, Ethiopia and Eritrea), written blind from the same brief
  and run once on 72d0b13 (2026-11-24) before reading: pooled tp 537, fp
  21, fn 115, that is 0.962 / 0.824; per set 0.963 / 0.776, 1.000 /
  0.787, 0.951 / 0.722, 0.906 / 0.753, 0.871 / 0.910, 1.000 / 0.955,
  1.000 / 0.897, 1.000 / 0.840. The wrong pairs: a Bengali report of a
  fire in Rohingya camp "১১ নম্বর" (No. 11) joined to a garment factory
  fire whose toll rose to 11 (heldout385, 9; a camp's or ward's number is
  no longer a figure); a rise in Egypt's fuel prices joined to a microbus
  crash in Minya by the fold model, one country and "Friday" in common
  (heldout384, 6; "microbus" now names a bus, and with a kind named on
  one side the model no longer reads the two alike); follow-ups joined to their events, a minister's
  resignation to the raid on his ministry and a funeral to the attack
  (heldout381, heldout383; left). The tagger read an Urdu "انسپکٹر
  مائنز" (inspector of mines) as Mainz and a Russian "Самолет"
  (aeroplane) as Samoa: case endings now bound a declined name, and 25
  city names that are common words in their script are dropped. After:
  pooled tp 543, fp 6, fn 109, that is 0.989 / 0.833.
- heldout389 to heldout396 (8 sets of 99 to 100 items in 43 to 52
  stories: the U.S. South, Haiti and the Dominican Republic, Myanmar,
  Cameroon and Gabon; Germany, Saudi Arabia and the Gulf, Nepal and
  Bhutan, Angola and Namibia; India's west and northeast, Ukraine,
  Argentina, Sudan; northern Mexico, Poland and Czechia, Malaysia and
  Singapore, Senegal and Mali; Russia, the Koreas, Ghana and Togo,
  Guatemala and Honduras; Spain and Portugal, Pakistan's northwest, the
  Philippines, Kenya and Tanzania; Britain, Syria and Lebanon, Thailand
  and Cambodia, southern Nigeria; Alaska and Canada's north, Greece and
  Cyprus, Vietnam and Laos, Somalia and Djibouti), written blind from the
  same brief and run once on 502f035 (2026-11-25) before reading: pooled
  tp 559, fp 15, fn 100, that is 0.974 / 0.848; per set 0.956 / 0.833,
  1.000 / 0.831, 0.942 / 0.910, 1.000 / 0.824, 0.957 / 0.864, 1.000 /
  0.902, 0.962 / 0.854, 1.000 / 0.740. The wrong pairs: drones on Kharkiv
  and drones on Odesa the same night (heldout391, 5; left: Kharkiv is a
  province's name too, and a veto on headline places apart cost 43 to 75
  true pairs); an attack on soldiers in Togo and one in Benin the same
  day (heldout393, 4; two headlines in two countries, neither telling
  naming the other's, are now two events); Congo shutting a border
  crossing "as Uganda's Ebola cases rise" (heldout389, 3; a border shut is
  a step, and a toll that rose behind a step is its background); floods
  in Lebanon's Akkar and in Syria's Idlib the same day (heldout395, 2;
  left); an inquiry opened hours after an analysis of the derailment
  (heldout395, 1; left). After: pooled tp 561, fp 8, fn 98, that is
  0.986 / 0.851.
- heldout397 to heldout404 (8 sets of 98 to 100 items in 44 to 52
  stories: Brazil's north, Iraqi Kurdistan, Kyushu and Okinawa, Burundi
  and Rwanda; Italy's south, Afghanistan, Ecuador, Liberia and Sierra
  Leone; the U.S. Mountain West, Israel and the Palestinian territories,
  Sri Lanka, Madagascar; Belgium and the Netherlands, Yemen, Taiwan, Chad
  and the Central African Republic; Queensland and the Northern
  Territory, Algeria, Bangladesh's coast, Venezuela; Romania and
  Moldova, Kyrgyzstan and Tajikistan, India's south, Cameroon; New
  Zealand, Ethiopia, Mongolia, Bolivia and Paraguay; Ireland, Iran,
  Sulawesi and Papua, Zambia and Malawi), written blind from the same
  brief while the fixes for heldout389 to heldout396 were made, and run
  once on 1bf02db (2026-11-25) before reading: pooled tp 559, fp 11, fn
  123, that is 0.981 / 0.820; per set 1.000 / 0.909, 0.936 / 0.830,
  0.939 / 0.733, 1.000 / 0.823, 1.000 / 0.688, 1.000 / 0.926, 1.000 /
  0.861, 0.986 / 0.841. The wrong pairs: days of mourning declared after
  a mudslide, and thousands mourning the dead of a raid, joined to their
  events (heldout398, heldout399, 8; both now steps); wildfires in
  Calabria and near Palermo the same day (heldout398, 2; left); cholera in
  Lusaka and in Malawi's Nsanje (heldout404, 1; left). The misses: a
  storm named without its title in one headline ("Ghazeer batters
  coast"), homes "destroyed" counted by the verb as well as the noun,
  and a Korean prison term ("징역 5년") against "5 years". After: pooled
  tp 565, fp 3, fn 117, that is 0.995 / 0.828.

Then (2026-11-22, later still) the fold model (`monitor.foldmodel`,
`tools/train_fold_model.py`): boosted trees over the facts the rules weigh
one at a time, asked only about the pairs the rules refuse without a veto.
Leave one set out over the 29 sets (each set scored by the whole pipeline
with a model that never saw it, `tools/train_fold_model.py --loso`): pooled
pair precision / recall 0.996 / 0.770 with the rules alone, 0.995 / 0.805
with the model; no set fell under the 0.95 precision floor that was above
it. The shipped model is trained on all 29.

Pairs across languages (an English and a Spanish telling) were left out of
the scores until 2026-11-22, when folding across languages began
(`monitor.language`, `monitor.stories.ACROSS_EVIDENCE`): since then the
scores count every pair, and the same-language figures are printed beside
them for comparison with the history above.
"Near" recall counts only the true pairs that are not exact duplicates
(same canonical URL or same text), i.e. the ones folding had to find.

    .venv/bin/python bench/bench_stories.py [--errors] [path/to/new-set.jsonl ...]
"""

from __future__ import annotations

import itertools
import json
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.dedup import canonical_url, content_fingerprint
from monitor.models import ItemData, PreparedItem
from monitor.store import Database
from monitor.store.feeds import sync_feeds
from monitor.store.writer import write_feed_items
from monitor.tagging import get_tagger

DATA = ROOT / "tests" / "data" / "stories"
# heldout94 to heldout109 were lost with a machine (see the history above); every later set is kept here
SETS = ("dev", "heldout", *(f"heldout{n}" for n in (*range(2, 94), *range(110, 405))))
FETCH_DELAY = timedelta(minutes=10)
GOALS = {"precision": 0.95, "recall": 0.8}


@dataclass(frozen=True)
class Scores:
    """Pair counts over all pairs of a set; `cross_*` counts the pairs whose two items are in two languages."""

    name: str
    items: int
    stories: int
    tp: int
    fp: int
    fn: int
    near_tp: int
    near_fn: int
    cross_tp: int
    cross_fp: int
    cross_fn: int
    errors: tuple[str, ...]

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def near_recall(self) -> float:
        return _ratio(self.near_tp, self.near_tp + self.near_fn)

    @property
    def same_language(self) -> tuple[float, float]:
        """Precision and recall over the pairs in one language (the only ones scored before 2026-11-22)."""
        tp, fp, fn = self.tp - self.cross_tp, self.fp - self.cross_fp, self.fn - self.cross_fn
        return _ratio(tp, tp + fp), _ratio(tp, tp + fn)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def load(name: str) -> list[dict]:  # type: ignore[type-arg]
    """A set by its name in tests/data/stories, or any labelled file by its path (a new blind set)."""
    path = Path(name) if name.endswith(".jsonl") else DATA / f"{name}.jsonl"
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def fold_set(records: list[dict], db_dir: Path) -> dict[str, int]:  # type: ignore[type-arg]
    """Store every record the way the pipeline would; returns record id -> story id."""
    tagger = get_tagger()
    db = Database(db_dir / "stories.sqlite3")
    try:
        feeds = sorted({r["feed"] for r in records})
        ids = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in feeds])
        for r in sorted(records, key=lambda r: (r["published"], r["id"])):
            published = datetime.fromisoformat(r["published"])
            data = ItemData(guid=r["id"], url=r["url"], title=r["title"], summary=r["summary"], published=published)
            item = PreparedItem(
                data=data,
                canonical_url=canonical_url(r["url"]),
                content_hash=content_fingerprint(r["title"], r["summary"]),
                tags=tagger.tag(r["title"], r["summary"]),
            )
            write_feed_items(db, ids[r["feed"]], [item], published + FETCH_DELAY)
        with db.reader.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT s.guid, i.story_id FROM sighting s JOIN item i ON i.id = s.item_id"
            ).all()
        return {guid: story for guid, story in rows}
    finally:
        db.close()


def score(name: str, records: list[dict], stories: dict[str, int]) -> Scores:  # type: ignore[type-arg]
    tp = fp = fn = near_tp = near_fn = cross_tp = cross_fp = cross_fn = 0
    errors = []
    urls = {r["id"]: canonical_url(r["url"]) for r in records}  # once a record, not once a pair
    texts = {r["id"]: content_fingerprint(r["title"], r["summary"]) for r in records}
    for a, b in itertools.combinations(records, 2):
        truth = a["story"] == b["story"]
        said = stories[a["id"]] == stories[b["id"]]
        cross = a["lang"] != b["lang"]
        exact = urls[a["id"]] == urls[b["id"]] or texts[a["id"]] == texts[b["id"]]
        languages = f" ({a['lang']}/{b['lang']})" if cross else ""
        if truth and said:
            tp += 1
            cross_tp += cross
            near_tp += not exact
        elif said:
            fp += 1
            cross_fp += cross
            errors.append(f"  wrongly folded: {a['id']} {a['title'][:50]!r} + {b['id']} {b['title'][:50]!r}{languages}")
        elif truth:
            fn += 1
            cross_fn += cross
            near_fn += not exact
            errors.append(f"  missed:         {a['id']} {a['title'][:50]!r} + {b['id']} {b['title'][:50]!r}{languages}")
    return Scores(name, len(records), len(set(stories.values())), tp, fp, fn, near_tp, near_fn, cross_tp, cross_fp,
                  cross_fn, tuple(errors))


def evaluate(name: str) -> Scores:
    records = load(name)
    with tempfile.TemporaryDirectory() as tmp:
        return score(name, records, fold_set(records, Path(tmp)))


def main() -> None:
    show_errors = "--errors" in sys.argv
    extra = [arg for arg in sys.argv[1:] if arg.endswith(".jsonl")]
    for name in extra or SETS:
        s = evaluate(name)
        labelled = len({r["story"] for r in load(name)})
        print(f"{name:8} {s.items} items, {labelled} labelled stories, {s.stories} stories formed")
        print(f"         pairs: precision {s.precision:.3f}  recall {s.recall:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
        same_precision, same_recall = s.same_language
        print(f"         near-duplicate recall {s.near_recall:.3f} ({s.near_tp}/{s.near_tp + s.near_fn});"
              f" in one language: precision {same_precision:.3f}  recall {same_recall:.3f};"
              f" across languages: joined {s.cross_tp}/{s.cross_tp + s.cross_fn}, wrongly {s.cross_fp}")
        if show_errors and s.errors:
            print("\n".join(s.errors))
    print(f"goals: precision >= {GOALS['precision']}, recall >= {GOALS['recall']} on heldout")


if __name__ == "__main__":
    main()
