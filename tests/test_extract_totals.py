"""Article totals (FIGURES.md section 5): what adds up and what does not."""
from datetime import date

import pytest

from flows.extract import article_totals, extract_figures
from flows.extract.model import Figure, Totals

PUBLISHED = date(2019, 7, 20)


def _fig(kind, best, counted=True, part_of=None):
    return Figure(kind=kind, low=best, best=best, high=best, qualifier="exact", vague_term=None,
                  victims=None, role="victim", part_of=part_of, event_date=PUBLISHED, sentence="s",
                  char_start=0, char_end=1, rule="test", counted=counted)


def test_article_totals_sums_counted_figures_and_takes_the_largest_toll():
    figures = [_fig("killed", 3), _fig("killed", 2), _fig("killed", 1, counted=False, part_of=0),
               _fig("injured", 7), _fig("death_toll", 90), _fig("death_toll", 120)]
    assert article_totals(figures) == Totals(killed=5, injured=7, death_toll=120)


def test_no_figures_gives_zero_and_no_toll():
    assert article_totals([]) == Totals(killed=0, injured=0, death_toll=None)


def totals(text, published=PUBLISHED):
    t = article_totals(extract_figures(text, published))
    return t.killed, t.injured, t.death_toll


def test_all_sides_are_added():
    text = "Troops killed four militants in a gunfight that also left two soldiers dead."
    assert totals(text) == (6, 0, None)


def test_headline_lede_and_body_count_once():
    text = ("Six killed in market blast\n\n"
            "A bomb tore through a crowded market on Friday, killing six people and wounding 20.\n\n"
            "Six people died and 20 were wounded, a hospital official said.")
    assert totals(text) == (6, 20, None)


def test_restated_sum_is_not_added_again():
    text = ("Gunmen killed two policemen and one driver at a checkpoint on Friday. "
            "Three people died in the attack, police said.")
    assert totals(text) == (3, 0, None)


def test_additional_victims_are_added():
    text = ("Gunmen killed two policemen at a checkpoint on Friday. "
            "Two other people were also killed nearby.")
    assert totals(text) == (4, 0, None)


def test_toll_is_not_added_to_the_incident_count():
    text = ("An air strike killed 11 civilians on Friday. "
            "The death toll from the war has risen to 3,400.")
    assert totals(text) == (11, 0, 3400)


def test_counted_flags_match_the_sql_view_rule():
    text = "The blast killed 13 people, including four children, and wounded 22."
    figures = extract_figures(text, PUBLISHED)
    by_kind = {}
    for f in figures:
        if f.counted and f.kind != "death_toll":
            by_kind[f.kind] = by_kind.get(f.kind, 0) + f.best
    t = article_totals(figures)
    assert (by_kind.get("killed", 0), by_kind.get("injured", 0)) == (t.killed, t.injured) == (13, 22)


def test_a_group_claim_beside_the_reported_figure_is_not_counted():
    text = ("Gunmen killed three soldiers on Friday. "
            "In a statement the group claimed that 40 soldiers were killed.")
    figures = extract_figures(text, PUBLISHED)
    assert sorted((f.best, f.counted) for f in figures) == [(3, True), (40, False)]
    assert totals(text) == (3, 0, None)


def test_headline_figure_restated_in_the_body_is_listed_once():
    text = ("Rocket strike kills five soldiers near border\n"
            "A rocket hit an army post on Friday, killing five members of a border patrol.")
    figures = extract_figures(text, PUBLISHED)
    assert [(f.kind, f.best) for f in figures] == [("killed", 5)]
    assert totals(text) == (5, 0, None)


def test_a_subgroup_named_in_the_headline_is_not_added_to_the_body_total():
    text = ("Three children killed in market shelling\n"
            "Shelling killed at least 11 people including three children on Friday.")
    assert totals(text) == (11, 0, None)


def test_bombers_who_detonated_are_counted_with_their_victims():
    text = "Two suicide bombers detonated their vests at a market on Friday, killing six shoppers."
    assert totals(text) == (8, 0, None)


def test_in_addition_to_a_counted_group_of_attackers():
    text = "In addition to the three assailants, five guards were killed in the raid on Friday."
    assert totals(text) == (8, 0, None)


def test_hostages_killed_later_are_the_people_taken():
    text = ("Gunmen abducted a teacher and a student near the school on Friday. "
            "The hostages were killed the same day.")
    assert totals(text) == (2, 0, None)


def test_a_claim_of_another_kind_does_not_replace_the_reported_outcome():
    # the article's own account (wounded only) wins over the group's claim of dead
    text = ("A roadside bomb hit a police patrol in the north on Friday, wounding four officers. "
            "The rebel group said in a statement that nine policemen were killed.")
    figures = extract_figures(text, PUBLISHED)
    assert sorted((f.kind, f.best, f.counted) for f in figures) == [("injured", 4, True), ("killed", 9, False)]
    assert totals(text) == (0, 4, None)


def test_a_claim_with_no_account_of_its_own_still_counts():
    text = ("Fighters stormed an army base near the river on Friday and later claimed "
            "to have killed five soldiers.")
    assert totals(text)[0] == 5


def test_a_record_of_one_attack_leaves_the_series_figure_out():
    text = ("A car bomb went off beside a police convoy in the capital on Friday, wounding three "
            "officers. The attack was one of five bombings in the city that morning. "
            "In total, the attacks killed at least 14 people and wounded 60.")
    figures = extract_figures(text, PUBLISHED)
    assert sorted((f.kind, f.best, f.counted) for f in figures) == [
        ("injured", 3, True), ("injured", 60, False), ("killed", 14, False)]
    assert totals(text) == (0, 3, None)


def test_a_news_story_about_a_series_keeps_the_series_total():
    # no "one of N" marker: the article reports the whole series, whose figure is its own
    text = ("A wave of bombings across the capital killed at least 14 people on Friday. "
            "In total, the attacks wounded 60.")
    assert totals(text) == (14, 60, None)


def test_the_record_marker_is_not_read_as_the_figure_scope():
    text = ("(First of two attacks) Gunmen shot dead a family of four in a village on Friday. "
            "Later, two soldiers were wounded nearby.")
    assert totals(text) == (4, 2, None)


def test_figures_in_a_clause_about_an_earlier_attack_are_background():
    text = ("A bomb damaged the front of a bank on Friday but caused no injuries. Police said it "
            "may be linked to a recent bomb attack on a cafe in the old town in which 25 people "
            "were injured.")
    figures = extract_figures(text, PUBLISHED)
    assert [f.counted for f in figures if f.best == 25] == [False]
    assert totals(text) == (0, 0, None)


def test_the_fate_of_hostages_told_later_belongs_to_the_kidnapping():
    # a record written after the fact: the later date is the same incident's outcome
    text = ("Gunmen abducted nine workers from a quarry on Friday. "
            "Four hostages were killed in captivity on 30 August 2019, officials said.")
    assert totals(text)[0] == 4


def test_a_later_killing_of_someone_else_stays_out():
    text = ("A bomb damaged a bookshop on Friday, causing no injuries. Its owner, a local politician, "
            "was assassinated in the capital on 30 August 2019.")
    assert totals(text)[:2] == (0, 0)


def test_anyones_claim_right_before_a_figure_yields_to_the_report():
    text = ("Soldiers killed one youth in the valley on Friday. Police claimed that two of his "
            "companions were also killed.")
    assert totals(text)[0] == 1


def test_a_claim_does_not_reach_a_figure_later_in_the_sentence():
    # "claimed to have stopped an attack" is the claim; the fighters killed are the report
    text = ("Government forces claimed to have stopped an attack near the dam on Friday, destroying "
            "two trucks and killing four fighters.")
    assert totals(text)[0] == 4


def test_another_person_continues_a_breakdown_of_the_lede():
    text = ("At least five men were killed in separate attacks across the city on Friday. "
            "Two men were killed when gunmen fired on a barber shop. "
            "Another person was gunned down near the bypass. "
            "In another attack two people were shot dead outside a mosque.")
    assert totals(text)[0] == 5


def test_the_two_dead_restate_the_people_named_before():
    text = ("A shopkeeper and his nephew were killed during a police raid on Friday. "
            "Police said the two fatalities were also wanted for robbery.")
    assert totals(text)[0] == 2


def test_a_death_recalled_at_a_funeral_is_background():
    text = ("Gunmen opened fire on the funeral procession of a judge who was shot dead the day before. "
            "Two mourners were killed and nine wounded.")
    assert totals(text) == (2, 9, None)


def test_a_headline_run_into_its_lede_is_not_counted_twice():
    # scraped pages often lose the line break after the headline: one long "sentence"
    text = ("Bomb kills 18 in market town state TV State television says the blast hit the busy "
            "old market of the river town the latest in a spate of attacks on the district Reuters "
            "Friday 19 Jul 2019 A car bomb killed 18 people in the market of the town on Friday "
            "and wounded 40, officials said.")
    assert totals(text) == (18, 40, None)


def test_a_lede_with_more_dead_updates_the_headline():
    text = ("20 people killed in car bomb in eastern town\n\n"
            "A car bomb killed at least 26 people at a crowded checkpoint on Friday, officials said.")
    assert totals(text)[0] == 26


def test_a_smaller_body_figure_is_a_part_of_the_headline():
    text = ("At least 180 dead in monsoon floods\n\n"
            "Floods have swept through the northern districts. In one village four people drowned "
            "when a bridge collapsed on Friday.")
    assert totals(text)[0] == 180


@pytest.mark.parametrize("text, killed", [
    ("Police said 12 people were killed in the attack on Friday. Other sources claim 50 were killed.", 12),
    # (a first report the sentence corrects is outdated: the later account is the count)
    ("The first report gave 10 killed, but the governor mentions 12 killed.", 12),
    ("Twelve people were killed, according to police, though residents said at least 20 died.", 12),
    # a contrast that names other people adds them
    ("Gunmen killed three police officers, but officials said two civilians were also killed.", 5),
])
def test_another_sources_estimate_is_listed_but_the_articles_own_counts(text, killed):
    figures = extract_figures(text, PUBLISHED)
    assert article_totals(figures).killed == killed
    assert len([f for f in figures if f.kind == "killed"]) == 2  # every estimate is listed


def test_the_same_people_named_twice_in_a_run_on_headline_and_lede_count_once():
    text = ("Troops kill at least 50 rebels near the border Monitor Saturday 20 Jul 2019 At least 50 "
            "rebels were killed overnight by troops near the border, a monitor said.")
    assert totals(text)[0] == 50


def test_a_monitors_attribution_after_the_figure_is_no_claim():
    # "..., the monitoring group said": a reporting source, not a party claiming
    text = ("Air strikes killed at least 20 people in the province overnight, the monitoring "
            "group said on Saturday.")
    assert totals(text)[0] == 20


def test_a_generic_count_repeated_in_a_run_on_headline_and_lede_counts_once():
    text = ("20 dead in air raids on villages in the north Monitor Saturday 20 Jul 2019 At least "
            "20 people were reportedly killed by air strikes in the north overnight.")
    assert totals(text)[0] == 20


def test_a_monitoring_group_is_a_source_not_a_party():
    text = ("Clashes broke out near the border on Friday. The monitoring group said 20 fighters were "
            "killed in the fighting, and a rights group said 4 civilians died.")
    assert totals(text)[0] == 24


def test_an_earlier_year_at_the_end_of_the_clause_makes_the_figure_background():
    text = ("Fifteen soldiers were killed today in an ambush by rebels in the south. "
            "Rebels killed 28 soldiers during an ambush in the same area in late 2017.")
    figures = extract_figures(text, PUBLISHED)
    assert [f.counted for f in figures if f.best == 28] == [False]
    assert totals(text)[0] == 15


def test_a_breakdown_may_name_the_same_side_with_another_word():
    # guerrillas, rebels and terrorists are one side in these reports; soldiers and troops another
    text = ("Army units killed one rebel and seized rifles in the north today. "
            "The terrorist died in a clash with an infantry brigade.")
    assert totals(text)[0] == 1
    text = ("A rebel offensive left 30 guerrillas and 4 soldiers dead, the army said. Guerrillas attacked "
            "three towns, leaving 14 guerrillas and 2 soldiers dead. Troops ambushed in the hills lost "
            "two trucks. It also said that seven rebels were killed near the border and that nine "
            "insurgents died in the east.")
    assert totals(text)[0] == 34  # every later count breaks the lede's 30 and 4 down
    # but two sides of one clash stay apart
    text = ("At least 35 jihadists were killed in clashes with Kurdish forces on Sunday. "
            "Four Kurdish fighters were killed in those clashes.")
    assert totals(text)[0] == 39


def test_a_person_killed_along_with_others_continues_a_breakdown():
    text = ("Three army officers have died in separate incidents, military sources said today. "
            "In the south, Colonel Ramon Vega died along with two other officers when their jeep overturned.")
    assert totals(text)[0] == 3


def test_the_toll_of_one_attack_is_its_latest_count_of_killed():
    # a toll named for one attack is that attack's dead (FIGURES.md: killed in the incident),
    # and the latest count replaces the earlier ones; it is also the article's death toll
    assert totals("The death toll from Friday's car bomb attack in the market rose to 18.") == (18, 0, 18)
    text = ("Bomb kills 15 in market. A car bomb killed 15 people in a crowded market on Friday. "
            "The death toll from the blast rose to 18 on Saturday after three of the wounded died.")
    assert totals(text) == (18, 0, 18)
    text = ("The number of people killed in the bombing at the police compound has risen to 40, "
            "officials said.")
    assert [(f.kind, f.best, f.rule) for f in extract_figures(text, PUBLISHED) if f.best == 40] == [
        ("killed", 40, "incident_toll"), ("death_toll", 40, "incident_toll_as_death_toll")]
    # an earlier or another source's lower count of the same dead is listed, not added
    assert totals("A bomb killed 20 people in the city. An earlier toll from the attack gave 12 dead.")[0] == 20
    assert totals("Officials said 39 people died in the attack. The governor gave a toll of 31 killed in the attack.")[0] == 39
    # one disaster's toll is its dead too; a conflict's or a season's toll stays a death toll only
    assert totals("The death toll from a magnitude 6.8 earthquake in the east rose to 57 on Saturday.") == (57, 0, 57)
    assert totals("The death toll from the fighting since Friday rose to 57.") == (0, 0, 57)
    assert totals("The death toll from this year's monsoon floods rose to 163.") == (0, 0, 163)


def test_a_toll_named_in_a_relative_clause_leaves_the_count_the_incidents_own():
    text = ("An airstrike killed 18 people in the town. The names of all 18 killed were listed by an "
            "activist group which said the death toll is likely to rise.")
    assert totals(text) == (18, 0, None)


def test_a_headline_whose_count_the_lede_gives_in_parts_is_not_added():
    text = ("Air strike on training camp kills 18\n\n"
            "An air strike on a training camp in the east killed 17 militants and a child, a monitoring group said.")
    assert totals(text)[0] == 18


@pytest.mark.parametrize(
    "text, toll",
    [
        ("The country's seven-year war, which has killed hundreds of thousands of people, goes on.", 100_000),
        ("The conflict has claimed the lives of more than 90,000 people.", 90_000),
        ("The civil war has caused more than 300,000 deaths.", 300_000),
        ("The uprising has left 5,000 dead.", 5_000),
        ("The fighting has killed more than 1,200 people in the region.", 1_200),
    ],
)
def test_what_a_war_killed_is_a_toll_not_an_incident(text, toll):
    assert totals(text) == (0, 0, toll)


def test_a_war_named_around_an_incident_leaves_it_an_incident():
    assert totals("In the war against the rebels, troops killed 5 militants on Sunday.") == (5, 0, None)
    assert totals("Fighting killed 12 people in the north on Monday.") == (12, 0, None)


@pytest.mark.parametrize(
    "text",
    [
        "In 2011, a similar bombing on the same road near the old market killed 22 people.",
        "Last month, a bombing in the capital killed 30 people.",
        "In March, a strong earthquake injured 30 people in the same county.",  # published in July
        "The 2010 floods in the delta, which killed over 400 people, were far worse.",
        "Residents fear a repeat of the 1979 disaster when 149 villagers died after inhaling gas.",
    ],
)
def test_a_fronted_or_attached_earlier_date_makes_the_clause_background(text):
    assert totals(text)[:2] == (0, 0)


def test_a_fronted_date_of_this_month_is_todays_news():
    assert totals("In July, a bombing in the capital killed 30 people.") == (30, 0, None)
    assert totals("In Kabul, a bombing killed 30 people.") == (30, 0, None)


def test_an_exact_count_replaces_the_vague_word_for_the_same_people():
    text = ("Gunmen stormed the village on Monday, massacring dozens of residents. "
            "A monitoring group said at least 58 residents were killed.")
    assert totals(text)[0] == 58
    text = "An air strike injured many others. Five others were wounded in the strike, doctors said."
    assert totals(text)[1] == 5
    # an exact count of other people leaves the vague one standing
    text = "Shelling killed dozens of civilians on Monday. Two soldiers were also killed."
    assert totals(text)[0] == 14


def test_a_sentence_naming_no_day_can_restate_one_that_names_it():
    # PUBLISHED is a Saturday: "on Sunday" is six days before, the lede's "today" is undated
    text = ("In another act of violence, 18 people were killed near the border today. The attack killed "
            "nine policemen and nine civilians, who had gathered on Sunday for a local election.")
    assert totals(text)[0] == 18
    # a roundup's other incident, on another day, stays apart
    text = ("Twenty passengers died and two were injured on the desert road. "
            "Nine were killed and 35 injured in a bus accident on the coast on Wednesday.")
    assert totals(text)[:2] == (29, 37)


def test_a_repeat_of_a_part_is_not_added():
    text = ("A total of six engineers have been murdered this week, the ministry said today. "
            "Four engineers, including two Frenchmen, were murdered on Sunday. "
            "On Sunday, gunmen murdered four engineers who were working on a bridge.")
    assert totals(text)[0] == 6


def test_the_wounded_who_later_died_leave_the_injured_total():
    # a person is killed or injured, not both (GTD, RAND and the annotated figures agree)
    text = "Five passengers were wounded in the gunfight; one later died."
    assert totals(text) == (1, 4, None)
    figures = extract_figures(text, PUBLISHED)
    moved = [f for f in figures if f.best < 0]
    assert [(f.kind, f.best, f.counted) for f in moved] == [("injured", -1, True)]
    assert moved[0].sentence == figures[0].sentence  # traced to the words that moved them
    assert totals("Three men were killed and six were injured. A fourth man died later in hospital.") == (4, 5, None)
    assert totals("Two people were hurt. One of the injured died of his injuries on Sunday.") == (1, 1, None)
    # with no counted wounded there is nothing to move
    assert totals("A policeman later died of his wounds, officials said.") == (1, 0, None)
    # "of them ... were killed" may be other people: nothing moves
    assert totals("The blast injured four policemen and began a battle in which four of them were killed.") == (4, 4, None)


def test_a_claim_runs_to_the_end_of_its_clause():
    text = ("Nine people were killed and 78 injured in the attack on the airport. The group later claimed "
            "that there were more than 30 fatalities and 102 injuries in the two operations.")
    assert totals(text)[:2] == (9, 78)
    # a health agency reports, it does not claim
    text = ("The World Health Organization says officials have reported that 84 people have been killed "
            "and another 659 injured in the fighting.")
    assert totals(text)[1] == 659


def test_a_ranking_since_a_date_is_no_cumulative_count():
    text = "A man stabbed one man to death and wounded two others; the first attack in the city since the June truce."
    assert totals(text) == (1, 2, None)


def test_a_claim_that_repeats_the_reported_death_is_the_same_death():
    text = ("A prisoner was pronounced dead at the provincial jail on Monday. "
            "A relative claimed that he was tortured to death by guards.")
    figures = extract_figures(text, PUBLISHED)
    assert [(f.kind, f.best) for f in figures] == [("killed", 1)]


def test_a_generic_restatement_in_the_same_sentence_is_one_count():
    text = "Three police were wounded early Monday when a bomb exploded near a busy market, injuring three people."
    assert totals(text)[1] == 3


def test_a_second_active_verb_takes_its_own_object():
    text = "A parked car that was loaded with explosives killed one person and wounded another six when it exploded."
    assert totals(text)[:2] == (1, 6)


def test_tens_of_thousands_killed_with_a_perfect_verb_is_a_toll():
    assert totals("More than 200,000 people have been killed and millions have fled their homes.") == (0, 0, 200_000)


def test_a_closing_coder_note_is_the_records_count():
    text = ("On 4 May, two men who allegedly shot dead a man in the market clashed with police. "
            "One of the perpetrators died and the other was arrested. 1 fatality")
    assert totals(text)[0] == 1
    # a note that agrees with the text is one statement, not a second figure
    figures = extract_figures("Gunmen shot dead two brothers near the bridge. 2 fatalities.", PUBLISHED)
    assert [(f.kind, f.best) for f in figures] == [("killed", 2)]


def test_codes_distances_and_a_past_months_count_are_not_incident_counts():
    text = ("Several men in a grey car with licence plates MI-1630 fired on the colonel's jeep, seven "
            "blocks from where a governor was shot last year. The colonel died on the way to hospital.")
    assert totals(text)[0] == 1
    # published in July: a June count is that month's, not today's incident
    text = "A senator said that 403 people were killed in June as a result of political violence."
    assert totals(text) == (0, 0, 403)
    assert totals("Two soldiers were wounded when the envoy visited in June 2019, officials said.")[1] == 2


def test_a_headlines_source_is_not_whom_it_counts():
    text = ("US-led strikes in Syria kill more than 20 jihadists Monitor AFP Friday 19 Jul 2019 "
            "US-led strikes on the northern province killed more than 20 jihadists, a monitor said.")
    figures = extract_figures(text, PUBLISHED)
    assert totals(text)[0] == 20
    assert all(f.victims != "monitor" for f in figures)


def test_a_count_among_them_names_its_part_without_commas():
    text = "Fifteen civilians among them 11 children were killed in the strikes."
    figures = extract_figures(text, PUBLISHED)
    assert totals(text)[0] == 15
    assert [(f.best, f.part_of) for f in figures] == [(15, None), (11, 0)]


def test_a_bare_count_may_restate_a_named_one():
    text = "Strikes kill 9 IS fighters. Air strikes hit the town on Friday, killing nine and wounding 12."
    assert totals(text)[:2] == (9, 12)


def test_parts_that_add_up_to_a_toll_are_the_tolls():
    text = ("An air raid killed 10 people on Friday. At least 112 civilians have been killed in the city "
            "since the assault began on Sunday. The deaths include 65 people killed in rebel fire. "
            "Another 42 people have been killed in strikes on the east. It reported five more deaths in the north.")
    assert totals(text) == (10, 0, 112)


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 a massive explosion occurred at a remote depot that led to two deaths.",
        "The last time such weather hit the country was in June 2006, when floods swept the villages, killing three people.",
        "A hundred thousand soldiers were killed during the two wars the country fought.",
        "The province is a key front for soldiers who recently slew nearly 170 militants there.",
        "Evacuations resumed on Wednesday, days after a bombing killed more than 120 evacuees.",
    ],
)
def test_more_ways_of_recalling_an_earlier_event(text):
    assert totals(text)[:2] == (0, 0)


def test_days_after_an_attack_the_news_itself_still_counts():
    text = "Just days after a deadly chemical attack a woman was killed and 25 others were wounded in a bus bombing."
    assert totals(text)[:2] == (1, 25)


def test_a_toll_naming_nothing_in_an_article_about_one_attack_is_its_count():
    text = ("A car bomb exploded in a crowded market on Friday, killing 35 people. "
            "Officials said the death toll rose to 41 overnight.")
    assert totals(text) == (41, 0, 41)
    text = "A strong earthquake struck the region on Friday. The death toll rose to 41 overnight."
    assert totals(text) == (41, 0, 41)
    text = "Fighting resumed in the region on Friday. The death toll rose to 41 overnight."
    assert totals(text) == (0, 0, 41)
    text = ("A car bomb killed 21 people at a rally on Friday. The monitor had initially given a death toll of 22.")
    assert totals(text)[0] == 21


def test_a_date_soon_after_publication_is_still_the_incident():
    # a record dated when the kidnapping began tells its end a fortnight later
    text = ("Ten employees were taken hostage on July 10. On July 26, the group announced that eight of "
            "the employees were executed.")
    assert totals(text)[0] == 8
    # a year later is another event
    assert totals("The owner was assassinated in Paris at a later date, July 3, 2020.")[0] == 0


def test_the_attackers_killed_are_besides_a_count_of_people_unless_it_takes_them_in():
    text = "The attacks left 166 people dead and 300 wounded. Nine of the gunmen were killed by commandos."
    assert totals(text)[0] == 175
    text = ("At least 9 people have died, including soldiers, rebels and civilians, in clashes. "
            "Four guerrillas died in the north. Another four guerrillas were killed in the east.")
    assert totals(text)[0] == 9


def test_a_few_dead_in_clashes_today_are_an_incident_hundreds_a_toll():
    assert totals("At least 9 people have died in clashes in the capital during the past few hours.") == (9, 0, None)
    assert totals("More than 700 people have died in the skirmishes, officials said.") == (0, 0, 700)
    # a disaster's dead stay a toll however few
    assert totals("At least 41 people have died in floods in the southeast.") == (0, 0, 41)


def test_a_second_sources_near_count_in_the_lede_is_not_added():
    text = ("Government air raids killed more than 30 people in and around the city on Friday. "
            "At least 31 people have been killed by the raids, a monitoring group said.")
    assert totals(text)[0] == 30


def test_crowds_increments_and_other_months():
    # a crowd at a funeral is not the dead
    assert totals("Thousands attend funeral of six police officers killed in ambush.")[0] == 6
    # the bodies that raised a toll are inside it
    text = "Two more bodies were recovered, bringing the number of people killed in the attack to 17, police said."
    assert totals(text)[0] == 17
    # (PUBLISHED is in July) a fronted earlier month dates an earlier incident; October is last year's
    assert totals("In March, militants killed four soldiers at a checkpoint.") == (0, 0, None)
    assert totals("A bombing in October killed more than 500 people.")[0] == 0


def test_a_named_group_again_is_not_new_dead():
    text = ("Troops killed 62 rebels east of the capital on Monday. It said all the rebels were killed "
            "and rifles were seized.")
    assert totals(text)[0] == 62
    # but another group's count, however equal, adds
    text = ("Two police officers opened fire on soldiers at the airport. Two soldiers were killed in the "
            "attack. Both assailants were killed when troops returned fire.")
    assert totals(text)[0] == 4


def test_a_negated_toll_is_no_toll():
    text = "Army kills 62 rebels east of the capital; the state news agency did not give a death toll for the ambush."
    assert totals(text) == (62, 0, None)


def test_a_near_count_of_bodies_is_the_dead_again():
    text = ("Siege of the hotel ends; 29 dead. Security forces ended the siege on Sunday. "
            "Hospital sources said they had carried 31 bodies from the scene.")
    assert totals(text)[0] == 29
    text = "A bomb killed 12 people at the market. Rescuers recovered 3 more bodies from the rubble."
    assert totals(text)[0] == 15


def test_a_span_of_days_makes_a_toll():
    text = "Seven days of airstrikes across the province had left more than 75 civilians dead."
    assert totals(text) == (0, 0, 75)
    assert totals("Rebel fire has wounded at least 22 people in recent days.")[1] == 0
    # two days of clashes are still the news of the day
    assert totals("Two members were killed across two days of clashes in the town.")[0] == 2


def test_a_failed_attack_is_read_beside_the_bomber_only():
    text = ("A suicide bomber killed 4 people at a checkpoint in the town. Officials met on Monday. "
            "Talks on the ceasefire failed, a spokesman said.")
    assert totals(text)[0] == 5


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The death toll from last Thursday's train bombings rose to 201 on Tuesday after a woman died in hospital.",
         (201, 0, 201)),
        ("The ministry lowered the death toll from the Easter Sunday suicide bombings by more than 100, to 253.",
         (253, 0, 253)),
        ("The toll from a truck bombing rose to 213, making it the deadliest single bombing in the capital since 2003.",
         (213, 0, 213)),
        ("Police revised the number of people injured in Sunday's shooting to 489, down from 527, and said one "
         "more victim had died, bringing the death toll to 59, including the gunman.", (59, 489, 59)),
    ],
)
def test_updates_of_one_attacks_toll(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one accident's or disaster's toll is the dead of the event the article reports, and the
        # article's death toll (the newest blind annotators code it as both)
        ("The number of people killed in Saturday's derailment rose to 23.", (23, 0, 23)),
        ("The quake killed 150 people on Monday. The death toll rose overnight to 214.", (214, 0, 214)),
        ("A landslide buried a hamlet on Monday. The death toll rose to 26 on Wednesday.", (26, 0, 26)),
        # the count before "from ... to" is the old one
        ("A ferry capsized on the river on Sunday. The death toll rose through the night from an initial 38 to 112.",
         (112, 0, 112)),
        # a season's, a year's or a war's running count is no one event's dead
        ("The death toll from this year's monsoon rose to 163.", (0, 0, 163)),
        ("The civil war's death toll rose to 4,000.", (0, 0, 4000)),

        # one event's running count of its dead, in an article about it
        ("A ferry capsized in heavy seas before dawn on Saturday. Rescuers had recovered at least 43 bodies so far.",
         (43, 0, 43)),
        ("The floods have killed 58 people since Friday.", (58, 0, 58)),
        # but not a campaign's, nor one over a span of time
        ("Since Saturday at least 68 civilians have been killed in air strikes on the town.", (0, 0, 68)),
        ("The cholera outbreak has killed 212 people since January.", (0, 0, 212)),
        ("Police opened fire on protesters, killing five since Monday.", (0, 0, 5)),
        # another source's estimate of the same toll is listed, not taken
        ("An earthquake left 47 dead and about 300 injured, the civil defence said. "
         "The Red Cross put the number of dead at 52.", (47, 300, None)),
        # the people pulled out alive are no part of the dead
        ("The number of bodies recovered from the collapsed block rose to 23. Rescuers pulled 41 people out "
         "alive, 17 of whom were taken to hospital with injuries.", (23, 17, 23)),
    ],
)
def test_one_events_toll_is_its_dead_and_the_death_toll(text, expected):
    assert totals(text) == expected


def test_a_weekday_beside_the_date_a_toll_runs_from_dates_the_days_news():
    text = ("Airstrikes killed 14 people, including six children, in the town of Beit Haroun on Tuesday, local "
            "health officials said, bringing the death toll since the offensive began on Oct. 3 to 1,870.")
    assert totals(text, date(2024, 10, 22)) == (14, 0, 1870)


def test_an_open_toll_broken_down_roughly_has_parts_not_more_dead():
    # "climbed above 11,000 ... 8,574 in Turkey ... at least 2,530 in Syria", the day after the quake
    text = ("The death toll from Monday's earthquake in Turkey and Syria climbed above 11,000 on Tuesday. In Turkey, "
            "8,574 people have died, officials said, and at least 2,530 have been reported dead in Syria.")
    assert totals(text, date(2023, 2, 7)) == (11_000, 0, 11_000)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first count the same report replaces
        ("A fire killed 68 people and injured more than 150, the ministry said, revising an earlier figure of 114 dead.",
         (68, 150, None)),
        ("Gunmen killed eleven men and three women at a bar on Sunday. Municipal police had initially reported 12 dead, "
         "but prosecutors said two of the wounded had died in hospital.", (14, 0, None)),
        # a party's own count of its people, or a later source's count of the same people
        ("Police killed six protesters on Monday. The opposition party said 11 of its supporters had been killed.",
         (6, 0, None)),
        ("Nineteen inmates and two guards were killed in the riot. A prisoners' committee said at least 35 inmates had died.",
         (21, 0, None)),
        # a rate is no event's dead
        ("A bus crash killed 43 people on Wednesday. Road accidents kill thousands of people in the country each year.",
         (43, 0, None)),
        ("Floods kill hundreds of people a year in the region.", (0, 0, None)),
        # "have since fled" tells of its own clause only; "has since claimed" of the count after it
        ("Gunmen killed 38 people in the village. Scores of people were wounded, and 300 families have since fled.",
         (38, 20, None)),
        ("A civil war broke out in 2011 and has since claimed the lives of almost 200,000 people.", (0, 0, 200_000)),
        # one person named again by a part in the event ("the driver", "the suspect")
        ("A 19-year-old man has died after his car hit a lorry on Friday night. The driver of the car, named "
         "locally as Callum Prentice, was pronounced dead at the scene.", (1, 0, None)),
        ("A man who stabbed his neighbour was shot and killed by police. The suspect, identified as Terrence "
         "Vollmer, 38, was pronounced dead at the medical centre.", (1, 0, None)),
        # a first count, a group named again, and no zero in "no doubt they saved lives"
        ("A gunman killed five people and wounded eight others. Nine people had initially been reported wounded. "
         "Two of the eight surviving victims remained in critical condition. The victims who died ranged in age "
         "from 19 to 41. \"I have no doubt they saved lives,\" the chief said.", (5, 8, None)),
        ("A 17-year-old boy has died and two other teenagers were injured in a stabbing. Police were called at 7.25pm. "
         "A 15-year-old boy was taken to hospital, where he remains in a critical condition. A 16-year-old boy was "
         "treated for a wound to his leg.", (1, 2, None)),
        # an earlier month's clashes, and a relative clause's own "so far"
        ("Herders and farmers clashed on Monday, killing 37 people. Clashes in the same area killed 19 people in "
         "November.", (37, 0, None)),
        ("At least 37 people have been killed in two days of fighting between herders and farmers, as the violence "
         "spread to villages that had so far been spared.", (37, 0, None)),
        # the dead and the missing together count neither; a group's claim about "their fighters"
        ("Rebels overran an army camp, an attack in which more than 1,200 soldiers were killed or missing.", (0, 0, None)),
        ("Nine soldiers were killed. The Taliban claimed responsibility in a text message, saying their fighters "
         "had killed 60 foreign soldiers.", (9, 0, None)),
        ("Militants attacked an army outpost, killing nine soldiers, the military said. A group calling itself "
         "Katiba Nasr said on its channel that it had killed 40 soldiers.", (9, 0, None)),
        ("The ministry said three inmates died during the riot. A rights group said at least eight prisoners had "
         "been killed.", (3, 0, None)),
        ("A suicide bomber blew himself up in a market, killing at least 23 people, police said. Doctors at the "
         "hospital gave a higher figure. \"We have received 27 dead bodies,\" said the superintendent.", (24, 0, None)),
        ("At least nine people were killed and 38 injured in communal clashes on Tuesday, the police said. An "
         "opposition member of parliament claimed that the number of dead was not less than 25.", (9, 38, None)),
        # a count told again after "in addition to", with the news that adds to it; a capacity
        ("Rescuers had recovered 34 bodies by Friday. Fourteen residents pulled alive from the debris were airlifted "
         "to hospitals with crush injuries. In addition to the 34 residents, a volunteer firefighter was killed on "
         "Thursday.", (35, 14, None)),
        ("Ten people were hurt. The Red Cross delivered surgical supplies to treat up to 1,000 wounded.", (0, 10, None)),
        # a toll that takes in the deaths told just before it; "the survivors" named again
        ("A strong aftershock killed two more people on Tuesday. The new deaths bring the death toll from the "
         "July 14 quake to 2,163.", (2163, 0, 2163)),
        ("Rescuers found two survivors in the wreck. The survivors, a flight attendant and a boy, were flown to "
         "hospital with severe burns.", (0, 2, None)),
        # a state's communique is the report; an acronym in brackets between a count and its verb
        ("IN ANOTHER INCIDENT, ARMY TROOPS KILLED SEVEN TERRORISTS IN A CLASH NEAR THE TOWN, ACCORDING TO A "
         "COMMUNIQUE FROM THE POLITICAL-MILITARY COMMAND.", (7, 0, None)),
        ("TWO ACTIVISTS OF THE NATIONAL RENEWAL FRONT [FRN] WERE SHOT DEAD AND A POLICEMAN WAS WOUNDED LAST NIGHT.",
         (2, 1, None)),
        # a second device told after the first adds its dead; after a total of both it is a part
        ("Two devices detonated outside a store. The first device detonated at 18:10, killing three people and "
         "injuring eight. The second device detonated 20 minutes later, killing two people and injuring 15 others.",
         (5, 23, None)),
        ("Three bombs exploded within one hour. A total of nine people were killed in the attacks. The second bomb "
         "exploded outside the mayor's office, killing two soldiers.", (9, 0, None)),
        # "in addition to" right after its count, or naming its own kind; a weekday beside a span's date
        ("The blast killed 47 people in addition to the bomber and wounded more than 100.", (48, 100, None)),
        ("The death toll from the rocket attacks on the district rose to 8 civilians in addition to 12 injured.",
         (8, 12, 8)),
        # one party's claim ends where another source's account begins
        ("The militants claimed dozens of soldiers were killed, while the mission said 15 militants were killed and "
         "2 soldiers wounded.", (15, 2, None)),
        ("Salim was killed on Tuesday in a bombing that targeted the group for the second time in less than a week.",
         (1, 0, None)),
    ],
)
def test_counts_the_report_replaces_or_that_are_no_events(text, expected):
    assert totals(text) == expected


def test_a_figure_moved_from_the_hurt_keeps_later_parts_pointing_at_their_parent():
    figures = extract_figures("Five passengers were wounded; one later died. In the second attack, twelve people "
                              "were killed, including three children.", PUBLISHED)
    children = [f for f in figures if f.best == 3]
    assert len(children) == 1 and children[0].part_of is not None
    assert figures[children[0].part_of].best == 12


@pytest.mark.parametrize(
    "text, expected",
    [
        # (PUBLISHED is 2019-07-20)
        ("A gunman killed nine people in the bar district. The shooting came 13 hours after a separate attack "
         "at a store in another city that killed 20 people.", (9, 0)),
        ("A bomb killed six people on the avenue. The city was hit by a wave of bombings in 2015 and 2016, "
         "some claimed by militants, that killed hundreds of people.", (6, 0)),
        ("A gunman killed 19 children at a school. It was the deadliest school shooting since a gunman "
         "killed 26 people at another school in 2012.", (19, 0)),
        ("In the first major attack since a massacre of tourists in 2017, militants opened fire on a patrol, "
         "killing four policemen.", (4, 0)),
        ("Two car bombs killed at least 18 people on Friday. In October, a truck bomb in the city killed "
         "more than 500 people.", (18, 0)),
    ],
)
def test_events_the_news_measures_itself_against(text, expected):
    assert totals(text)[:2] == expected


def test_overall_a_perfect_count_is_a_toll():
    assert totals("Overall, more than 600 people have died, according to tallies from the two sides.") == (0, 0, 600)


@pytest.mark.parametrize(
    "text, killed",
    [
        ("A gunman opened fire in a bar district, killing nine people before police shot him dead.", 10),
        ("A truck ploughed into a crowd, killing 86 people. The driver is shot dead by police.", 87),
        # a fighter of one side may be among the dead of a clash or an attack by that side
        ("At least 18 people were killed when jihadists attacked the town. At least 10 Kurdish fighters "
         "were killed in the blast and a gun battle along with eight jihadists.", 18),
        # not someone killed in custody
        ("A prisoner was pronounced dead at the jail. A relative claimed that he was tortured to death by prison guards.", 1),
    ],
)
def test_the_attacker_killed_by_police_is_besides_the_victims(text, killed):
    assert totals(text)[0] == killed


def test_the_items_of_one_sentences_list_are_siblings():
    text = ("According to the authorities, 18 people were killed in a missile attack in the southern region, "
            "six people were killed in a town near the capital, and four people were killed and 10 injured "
            "after a strike hit a hospital in the east.")
    assert totals(text)[:2] == (28, 10)


def test_a_disasters_hurt_count_but_a_wars_running_count_does_not():
    text = "The death toll from the earthquake rose to 11,000, and more than 40,000 people have been injured."
    assert totals(text) == (11_000, 40_000, 11_000)
    assert totals("More than 1 million people have been injured in the war since 2011.")[1] == 0


def test_a_coders_closing_note_with_coded_or_including_is_the_records_count():
    assert totals("Reports said dozens of fighters from both sides were killed. 12 fatalities coded.")[0] == 12
    assert totals("At least 53 people were killed and 110 were injured. 54 fatalities including the attacker.")[:2] == (54, 110)


def test_a_count_that_sums_up_the_attacks_replaces_their_counts():
    text = ("A car bomb killed eight people and wounded 23 in Sadr City. Another bomb wounded 10 in Dora. "
            "In all, more than 50 people were wounded in the attacks, officials said.")
    assert totals(text)[:2] == (8, 50)
    assert totals("A car bomb killed eight people. A second bomb killed four. Altogether 15 people died.")[0] == 15
    # a sum that equals the counts is the same people once
    assert totals("A car bomb killed eight people. A second bomb killed four. In total, 12 people died.")[0] == 12
    # "In all the confusion" sums up nothing
    assert totals("A bomb killed eight people. In all the confusion, two more people died.")[0] == 10


def test_a_first_count_the_sentence_corrects_is_outdated():
    text = ("A gunman killed five people and wounded 18 at a nightclub. Officials initially said 25 people "
            "had been injured but later revised that figure.")
    assert totals(text)[:2] == (5, 18)
    text = ("Assailants threw a grenade into a crowd. Initial reports said one person died, but the toll was "
            "later revised to three killed.")
    assert totals(text)[0] == 3
    # an initial count no one corrects stays the count
    assert totals("Initial reports said two people were killed in the blast.")[0] == 2


def test_a_partys_claim_made_by_a_groups_affiliate_yields_to_the_report():
    text = ("A suicide bomber blew himself up in a mosque, killing at least 33 worshippers and wounding 43 others. "
            "The Islamic State group's regional affiliate claimed the bombing, saying its fighter had killed and "
            "wounded more than 100 apostates.")
    assert totals(text)[:2] == (34, 43)


def test_a_disasters_hurt_since_it_began_is_counted():
    text = ("The death toll from floods in the south rose to 78 on Sunday. Another 175 people have been "
            "injured since the heavy rains began on Monday.")
    assert totals(text) == (78, 175, 78)
    # a war's running count since a date is not
    assert totals("More than 1,000 people have been injured in the war since 2014.")[1] == 0


def test_a_toll_named_at_length_is_read():
    text = ("The death toll from a government raid on a militant stronghold in the east of the country "
            "has risen to 18, a monitor said.")
    assert totals(text)[0] == 18
    text = "The number of people killed in three days of clashes between rival militias in the capital has risen to 55."
    assert totals(text)[2] == 55


@pytest.mark.parametrize(
    "text, killed",
    [
        ("A bomb exploded at a bus station. Two of the people wounded in the bombing have died in hospital, "
         "raising the number killed in the attack to 14.", 14),
        ("A cadet who was wounded in last month's attack on the academy has died, raising to 23 the number of "
         "cadets killed. Eleven attackers were killed by security forces during the assault.", 34),
        ("The number of people killed in Thursday's suicide bombing outside the airport has risen to 170, "
         "a health official said.", 170),
    ],
)
def test_a_follow_ups_count_of_one_attacks_dead(text, killed):
    assert totals(text)[0] == killed


def test_those_of_the_wounded_who_died_are_dead_and_the_others_still_hurt():
    assert totals("Three of the soldiers wounded in the ambush died on the way to hospital.")[:2] == (3, 0)
    assert totals("Two of the people wounded in the bombing remain in hospital.")[:2] == (0, 2)


def test_a_disaster_toll_broken_down_by_country_roughly():
    text = ("The death toll from last week's earthquakes in Turkey and Syria climbed above 41,000 on Wednesday. "
            "The disaster agency said 35,418 people had died in Turkey, while more than 5,800 deaths have been "
            "reported in Syria.")
    assert totals(text) == (0, 0, 41_000)
    # an exact toll with parts that add up to more is not its breakdown
    text = ("The death toll from this year's monsoon floods rose to 400 on Monday. Officials said 350 people had died in the north. "
            "Another 60 people died in the south.")
    assert totals(text)[0] == 410


def test_a_groups_statement_about_its_fighters_is_a_claim():
    text = ("At least 21 people were killed in the attack and 42 others were wounded, police said. Al Shabaab, "
            "which has fought the government for years, said on its radio station that its fighters had killed "
            "more than 30 apostates.")
    assert totals(text)[:2] == (21, 42)


def test_the_earlier_attack_a_ranking_recalls_in_a_when_clause_is_background():
    text = ("Forty-six people have now died in Sunday's bombing of a rally, officials said. It was the deadliest "
            "attack in the country since January, when a suicide bomber killed more than 80 people at a mosque.")
    assert totals(text)[0] == 46


def test_a_headlines_vague_or_rounded_count_yields_to_the_ledes():
    text = ("Jihadists kill dozens of soldiers and volunteers in ambush\n\n"
            "At least 40 members of the Volunteers for the Defence of the Homeland (VDP) and three soldiers were "
            "killed when jihadists ambushed their convoy on Sunday, the army said.")
    assert totals(text)[0] == 43
    text = ("Attack on village kills more than 100, activists say\n\n"
            "Activists said on Saturday that 104 people, including 35 children, were killed when fighters stormed "
            "the village.")
    assert totals(text)[0] == 104


def test_no_survivors_of_those_a_plane_was_carrying():
    text = ("A domestic flight crashed into a mountainside on Sunday. The aircraft was carrying 62 passengers and "
            "six crew members. \"There were no survivors,\" an airline spokesman said. Rescuers had recovered 54 "
            "bodies by nightfall.")
    assert totals(text)[0] == 68


def test_a_partys_denial_of_its_own_losses_is_a_claim():
    text = ("Military sources said today that 16 guerrillas were killed in a clash near the town. The rebels, "
            "through their radio station, denied the figure and said that only two of its combatants died.")
    assert totals(text)[0] == 16


def test_the_number_of_bodies_recovered_from_a_collapse_is_a_toll():
    # (one collapse's toll: its dead, and the article's death toll)
    text = ("The number of bodies recovered from the rubble of a seven-storey building that collapsed on Tuesday "
            "in the city's main district rose to 23 on Thursday, emergency officials said.")
    assert totals(text) == (23, 0, 23)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle clause after a past year tells that time
        ("A lorry driver who ploughed into traffic on the M6 in 2019, killing a mother and her two children and "
         "seriously injuring her partner, has been jailed for eight years.", (0, 0)),
        # a dated attack's relative clause ends at its comma; today's news follows
        ("As crowds marked the anniversary of the 2018 church bombing that killed 41 worshippers, a man threw a "
         "grenade at a police post, injuring two officers.", (0, 2)),
        # the dated attack as the subject of its sentence
        ("A man threw a grenade at a police post, injuring two officers. The 2018 attack, claimed by a local "
         "branch of the group, also wounded more than 100 people.", (0, 2)),
        # "last October" dates the explosion that killed 12
        ("Investigators blamed a faulty valve for the explosion at the plant last October that killed 12 workers "
         "and injured 27. Separately, four workers were injured on Wednesday in a fire.", (0, 4)),
    ],
)
def test_earlier_events_in_follow_ups(text, expected):
    assert totals(text, date(2024, 1, 18))[:2] == expected


def test_a_month_phrase_counts_over_a_month_only_in_its_own_clause():
    text = ("A woman injured in the March 3 bombing died on Monday, bringing the number of people killed in the "
            "attack to nine. Seven people died at the scene and a man died of his wounds in April.")
    assert totals(text, date(2024, 5, 21)) == (9, 0, 9)
    assert totals("In the region, 403 people were killed in November.", date(2024, 12, 3))[2] == 403


def test_a_breakdown_by_place_continues_through_an_elliptic_count():
    text = ("Regime airstrikes near the capital killed at least 22 civilians on Monday, the monitor said. The "
            "highest toll was in Douma, where raids killed 16 civilians, including at least one child, and wounded "
            "22. Five more civilians were killed in the town of Sabqa and one in the town of Harasta.")
    assert totals(text)[:2] == (22, 22)


def test_a_coders_note_spreading_fatalities_across_locations():
    text = ("Clashes between the two forces were reported in four villages, killing a total of 17 fighters and a "
            "soldier. Fatalities coded as 18 and spread across five locations.")
    assert totals(text)[0] == 3


def test_the_wounded_of_a_wars_running_count_are_running_too():
    assert totals("The conflict has killed more than 230,000 people and wounded at least a million, the UN says.") == (0, 0, 230_000)
    assert totals("The bomb killed 12 people and wounded 40.")[:2] == (12, 40)


def test_a_monitor_described_as_based_somewhere_is_no_party():
    text = ("Shelling killed nine people in the town, the monitor said. The Britain-based group said 12 people "
            "were wounded.")
    assert totals(text)[:2] == (9, 12)


def test_the_group_after_a_named_monitor_is_the_monitor():
    text = ("A car bomb killed six people in the city, the Syrian Observatory for Human Rights said. Clashes raged "
            "on the front lines, the group said, adding that 11 troops were killed in the fighting.")
    assert totals(text)[0] == 17


def test_this_months_or_this_years_count_is_a_toll():
    assert totals("In this month alone, 223 people have been killed in the province.") == (0, 0, 223)
    assert totals("Thus far this year, the rebels have killed eight mayors.") == (0, 0, 8)
    # a ranking's "this year" counts nothing over the year
    assert totals("A car bomb has killed more than 60 people in one of the deadliest attacks this year.")[0] == 60
    assert totals("Earlier this month, a bomb killed five people.")[0] == 0


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a week earlier is another event; two days ago may be the same news
        ("At least 17 peasants were hacked to death by guerrillas. A week earlier, the army had killed 15 suspected "
         "rebels in the same province.", date(1990, 11, 4), (17, 0, None)),
        # the killing an after-clause recalls
        ("Gunmen killed nine civilians in a village on Thursday. The attack came less than a month after gunmen "
         "massacred 160 people in another town.", date(2021, 7, 1), (9, 0, None)),
        # a running count over the Sahel
        ("Gunmen killed nine civilians in a village. Groups allied to al Qaeda have killed thousands of people "
         "across the Sahel.", date(2021, 7, 1), (9, 0, 1000)),
        # lightning over a monsoon is a season's toll; the day's count is the news
        ("Lightning strikes claimed 23 lives across the state on Thursday. The toll from lightning in the state "
         "this monsoon has now crossed 140.", date(2023, 7, 7), (23, 0, 140)),
        # "since 2007" tells of the group in an aside, not of the count
        ("A car bomb killed at least 14 people, police said. Al Shabaab, which has been fighting the government "
         "since 2007, said in a statement that its fighters had killed 30 soldiers.", date(2022, 10, 29), (14, 0, None)),
        # no one with a place after it
        ("All 62 people on board were killed when the plane crashed. No one on the ground was hurt.",
         date(2024, 8, 9), (62, 0, None)),
    ],
)
def test_follow_ups_running_counts_and_asides(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the wounded who died, named by a participle; the rest under treatment
        ("Two more workers injured in Monday's boiler explosion died in hospital on Wednesday, bringing the "
         "number killed in the blast to 11, police said. Another 17 remain under treatment at the city hospital, "
         "four of them in critical condition.", date(2022, 8, 24), (11, 17, 11)),
        # the day's dead and a running count since a date in one sentence
        ("Azerbaijan says one of its soldiers was killed in renewed shelling, bringing the number of its "
         "servicemen killed since 12 July to 12.", date(2020, 7, 15), (1, 0, 12)),
        # the number of people who have died over a season
        ("Flash floods killed at least 45 people on Monday. The floods bring the number of people who have died "
         "in the long rains since March to 169.", date(2024, 4, 29), (45, 0, 169)),
        # a passive "is stated" is nobody's claim
        ("A soldier sustained injuries in the gunfight and was shifted to the Army's base hospital, where his "
         "condition is stated to be stable.", date(2023, 10, 28), (0, 1, None)),
    ],
)
def test_tolls_and_the_hurt_in_follow_ups(text, published, expected):
    assert totals(text, published) == expected


def test_an_earlier_attack_that_killed_in_a_sentence_about_recent_months_is_background():
    text = ("A car bomb killed nine people at a checkpoint on Wednesday, police said. The group has carried out a "
            "series of bombings in recent months, including a truck bomb at another checkpoint last week that "
            "killed 81 people.")
    assert totals(text, date(2020, 1, 8)) == (9, 0, None)


def test_taking_the_toll_to_a_number_is_a_toll():
    assert totals("A bus fell into a gorge. One of the injured died, taking the toll to six.")[2] == 6


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "four of them" names the attackers of its own sentence; a military communique is the report
        ("Six peasants were massacred by a guerrilla column, a military communique reported. The communique said "
         "that a civil defense patrol later caught up with the attackers and killed four of them.",
         date(1990, 10, 4), (10, 0, None)),
        # the gunman who then shot himself dead is besides his victims
        ("A former employee opened fire at a warehouse, killing three co-workers and wounding five others, and then "
         "shot himself dead, police said.", date(2019, 8, 12), (4, 5, None)),
        # a quake's hurt, with the plural "earthquakes"
        ("The death toll from the earthquakes has risen to 1,294, the ministry said, adding that at least 1,688 "
         "people had been injured.", date(2023, 10, 10), (0, 1688, 1294)),
        # an anniversary marked years since
        ("Families of the 29 men killed in the mine explosion gathered to mark ten years since the disaster.",
         date(2020, 11, 19), (0, 0, None)),
    ],
)
def test_them_communiques_himself_quakes_and_anniversaries(text, published, expected):
    assert totals(text, published) == expected


def test_the_recent_violence_is_a_span_but_recent_fighting_may_be_one_clash():
    assert totals("The governor said that 26 people had died in the recent violence in the port city.") == (0, 0, 26)
    assert totals("Six guerrillas and one soldier were killed in recent fighting near the border.")[0] == 7


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen attacked a village on Tuesday, killing 17 people, police said. Elsewhere in the province, a "
         "roadside bomb killed six soldiers and two civilians.", (25, 0)),
        ("A rocket killed one civilian in the city on Tuesday. In a nearby town, a child was killed by sniper fire "
         "on Tuesday.", (2, 0)),
        # a participle inside a noun phrase describes the one killed
        ("A video appears to show troops shooting and killing a captured and badly wounded soldier.", (1, 0)),
    ],
)
def test_elsewhere_and_participles_inside_a_noun_phrase(text, expected):
    assert totals(text, date(2021, 5, 12))[:2] == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a time fronted after a semicolon or colon dates its clause, a count there is no toll
        ("A guard was shot dead at the gate of the depot. It was the second raid on the depot this year; in "
         "February a rocket fired at the yard killed three workers.", date(2021, 6, 9), (1, 0, None)),
        ("The town has been hit before: in April 2017 a truck bomb outside the bank killed 31 people and injured "
         "more than 80, and a year later a grenade at a bus stop left five commuters dead.",
         date(2019, 8, 2), (0, 0, None)),
        # a fronted "During the 2015 season," is as earlier as "In 2015,"
        ("During the 2015 campaign, a grenade thrown at a rally in the same district left 14 dead.",
         date(2018, 3, 1), (0, 0, None)),
        # a dated event named at length before its relative clause
        ("The raid recalled a 2009 assault on a police training college on the edge of the capital, in which "
         "gunmen left 40 recruits dead.", date(2014, 5, 5), (0, 0, None)),
        ("Mourners marked the anniversary of the 2010 siege of the Grand Arcade cinema, in which 19 people died.",
         date(2020, 7, 1), (0, 0, None)),
    ],
)
def test_earlier_events_fronted_in_a_later_clause_or_named_at_length(text, published, expected):
    assert totals(text, published) == expected


def test_an_open_count_and_a_later_source_close_above_it_are_one_group():
    text = ("A car bomb exploded near a bus station in the town on Monday, killing nine people and wounding more "
            "than 30, officials said. The blast shattered windows along the street. Shopkeepers said the car had "
            "been parked there since dawn. A surgeon at the main hospital said 34 wounded people had been "
            "admitted, six of them in a critical condition.")
    assert totals(text, date(2022, 9, 12)) == (9, 30, None)


def test_others_wounded_beside_the_attackers_killed_are_attackers():
    text = ("Two guards and a driver were killed, and eight other people were wounded in the raid. Police killed "
            "four of the gunmen and wounded three others, who were arrested.")
    assert totals(text, date(2018, 2, 2)) == (7, 11, None)


def test_a_headline_toll_then_the_lede_and_the_same_toll_raised_in_the_body():
    text = ("Toll in market bombing rises to 9\n\n"
            "A bomb exploded in the covered market on Monday, killing six shoppers and wounding 30, police said. "
            "Three of the wounded died later in hospital, raising the death toll to 9.")
    assert totals(text, date(2017, 4, 3))[:2] == (9, 30)


def test_the_remaining_bodies_and_the_wounded_who_raised_a_count_are_inside_it():
    text = ("Investigators have named 12 of the 15 people killed in the crash of the ferry, police said on Friday. "
            "Relatives of the passengers waited outside the morgue. "
            "Divers are still searching the river for the hull. "
            "The remaining three bodies were badly burned.")
    assert totals(text, date(2016, 8, 5))[:2] == (15, 0)
    text = ("Saturday's car bomb in the port killed 31 people, the governor said on Monday, after four of the "
            "wounded died in hospital overnight. More than 70 people were wounded in the blast.")
    assert totals(text, date(2016, 8, 8))[:2] == (31, 70)


def test_an_exact_count_of_officers_replaces_a_vague_count_of_policemen():
    text = ("Several policemen were killed when gunmen ambushed a patrol near the border on Monday. "
            "Officials later confirmed that five officers had died at the scene.")
    assert totals(text, date(2015, 10, 6))[0] == 5


def test_a_source_giving_a_higher_toll_is_another_estimate():
    text = ("Gunmen opened fire on a wedding party in the village on Saturday, killing at least six guests, "
            "police said. The groom's family gave a higher toll, saying nine people had died.")
    assert totals(text, date(2019, 5, 5))[0] == 6
    text = ("A bomb exploded at a checkpoint on Monday, killing four soldiers, the army said. But a medic at the "
            "field hospital gave a different figure, saying it had received seven bodies.")
    assert totals(text, date(2019, 5, 6))[0] == 4


def test_a_toll_from_an_earlier_statement_is_listed_but_not_taken():
    text = ("A bus plunged into a ravine on Sunday, leaving 14 passengers dead, the regional governor said. "
            "An earlier report from the police had put the number of dead at nine.")
    figures = extract_figures(text, date(2020, 2, 2))
    # (the police's count of the same dead: listed, with its sentence, and counted in no total)
    assert [(f.best, f.counted) for f in figures if f.best == 9] == [(9, False)]
    assert article_totals(figures) == Totals(killed=14, injured=0, death_toll=None)


def test_a_since_before_a_semicolon_does_not_make_the_next_clause_a_toll():
    text = ("Rebels ambushed a convoy on Monday, killing six soldiers. The rebels have fought the government since "
            "2011; in 2016 they killed more than 90 villagers in a single raid.")
    assert totals(text, date(2019, 4, 2)) == (6, 0, None)


def test_a_sentence_opening_on_a_second_blast_is_another_incident():
    text = ("A car bomb exploded outside a hotel on Friday, killing 11 people and wounding about 40, police said. "
            "A second, unrelated blast at a bus stop in the suburbs injured four people.")
    assert totals(text, date(2013, 6, 7))[:2] == (11, 44)


def test_an_attack_dated_by_an_earlier_month_is_background_not_a_months_toll():
    text = ("A grenade attack on a cafe killed three people on Saturday, police said. The city had been calm, "
            "although a bombing at the central bus station in August killed 26 people.")
    assert totals(text, date(2009, 11, 14)) == (3, 0, None)
    # a month's count stays a toll
    assert totals("Officials said 312 people were killed in August across the province.", date(2009, 9, 3)) == (0, 0, 312)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count for the first months of the year is a toll, not the day's dead
        ("A bomb killed four people at a bus stop on Monday. More than 900 people were killed in bombings "
         "across the country in the first half of this year, the UN said.", (4, 0, 900)),
        # the object of a preposition is no subject of the next clause
        ("Police fired rubber bullets at several hundred protesters in the square on Sunday, and dozens of "
         "demonstrators were hurt, medics said.", (0, 12, None)),
    ],
)
def test_half_year_tolls_and_a_prepositions_object(text, expected):
    assert totals(text, date(2016, 7, 4)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen killed at least 15 villagers in a night raid, the governor said on Tuesday. A local chief told "
         "reporters he had helped bury 27 bodies.", (15, 0, None)),
        ("A truck bomb exploded near the customs post, killing six people, according to the interior ministry. "
         "Hospital sources said nine had died.", (6, 0, None)),
    ],
)
def test_another_sources_count_of_the_same_dead(text, expected):
    assert totals(text, date(2021, 9, 14)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a source's account in the pluperfect, beside the article's count: another estimate
        ("Gunmen raided the village at dawn, killing at least 30 people, a government spokesman said. A local "
         "lawmaker said more than 50 people had been killed.", (30, 0, None)),
        ("An air strike on the market killed at least 20 people and wounded 45, the monitor said. The head of the "
         "health authority said the strike had killed 26 people and wounded 90.", (20, 45, None)),
        # but a vague count yields to the number a source gives
        ("Dozens were wounded in the shelling on Thursday. The monitor said more than 70 people had been wounded.",
         (0, 70, None)),
    ],
)
def test_a_sources_pluperfect_account_is_another_estimate(text, expected):
    assert totals(text, date(2017, 4, 6)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the hurt beside a feared toll are hurt
        ("Shells hit the square, killing nine people. Medics treated 35 wounded and feared the toll could rise.",
         (9, 35, None)),
        # taken to hospitals with a condition told after them
        ("Fire swept through the dormitory overnight. Sixty students were taken to three hospitals, 11 of whom are "
         "in critical care.", (0, 60, None)),
        # a gerund before "to death" with its object after
        ("Raiders attacked the camp at night, hacking to death 14 herders.", (14, 0, None)),
    ],
)
def test_feared_tolls_hospitals_in_critical_care_and_hacking_to_death(text, expected):
    assert totals(text, date(2018, 1, 9)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count before "bringing to N the number of people who have died" is the day's
        ("Fires killed two rangers on Monday, bringing to nine the number of people who have died in the blazes "
         "since June.", (2, 0, 9)),
        # "this year's monsoon has claimed": a season's toll
        ("Floods swept a bus into the river, drowning six passengers. This year's monsoon has now claimed more "
         "than 200 lives.", (6, 0, 200)),
    ],
)
def test_the_number_who_have_died_and_this_years_season(text, expected):
    assert totals(text, date(2014, 8, 4)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A blast at the paint factory killed two workers and sent dozens of residents to hospital with "
         "breathing problems.", (2, 12, None)),
        ("A grenade thrown at the checkpoint missed and no one was hurt. Last week, a similar attack in the "
         "district wounded five soldiers.", (0, 0, None)),
        ("ENEMY ARTILLERY SHELLED THE VILLAGE TODAY, MARTYRING FOUR CITIZENS AND WOUNDING NINE OTHERS.", (4, 9, None)),
    ],
)
def test_sent_to_hospital_last_week_and_martyring(text, expected):
    assert totals(text, date(2018, 1, 16)) == expected


def test_a_roundup_with_later_the_same_day_and_according_to_the_statement():
    text = ("Fighters attacked an army post on Tuesday, killing five soldiers, the defence ministry said. Several "
            "other soldiers were wounded. Troops pushed the attackers back, and nine assailants were killed, "
            "according to the statement. Later the same day, a bus struck a roadside bomb near the market, killing "
            "three passengers and injuring seven.")
    assert totals(text, date(2020, 6, 17)) == (17, 10, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a civilian is no part of the soldiers counted before
        ("Border clashes killed six soldiers on Monday, the ministry said. A civilian was also killed when a "
         "shell hit his house.", (7, 0, None)),
        # a second strike told after the first is another incident; a hospital's count of bodies is another
        # count of the first strike's dead
        ("An air strike hit a school on Tuesday, killing 18 people, civil defence said. At the nearby hospital, "
         "the director said the bodies of 21 people had been brought in. An hour later, a second strike "
         "flattened a house nearby, killing four members of one family.", (22, 0, None)),
    ],
)
def test_civilians_beside_soldiers_and_a_second_strike(text, expected):
    assert totals(text, date(2024, 1, 23)) == expected


def test_the_fighting_which_began_on_a_date_has_left_a_toll():
    text = ("THE RELIEF COMMITTEE SAID TODAY THAT THE FIGHTING WHICH BEGAN ON 2 MARCH HAS LEFT AT LEAST 900 DEAD. "
            "IN CLASHES TODAY, FOUR GUERRILLAS AND TWO SOLDIERS DIED.")
    assert totals(text, date(1990, 3, 20)) == (6, 0, 900)
    # an operation that started on Sunday is one incident
    text = "At least five rebels are suspected to have been killed in a police operation that started on Sunday night."
    assert totals(text, date(2016, 4, 12))[0] == 5


def test_police_shooting_dead_a_man_who_attacked_them_kill_the_attacker():
    figures = extract_figures("Police shot dead a man who attacked two officers with a knife outside the station.",
                              date(2021, 6, 8))
    assert [(f.kind, f.best, f.role) for f in figures] == [("killed", 1, "perpetrator")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # fighters from both sides are everyone's dead, and the sides' counts break them down
        ("At least 60 fighters from both sides were killed in two days of battles, military sources said. "
         "Government forces lost 25 men, while 35 rebels died.", (60, 0, None)),
        # the bodies that raised a count, in an "after" clause of its sentence, are inside it
        ("The derailment on Sunday killed 97 people, officials said on Tuesday after rescuers pulled three more "
         "bodies from a crushed coach.", (97, 0, None)),
    ],
)
def test_both_sides_and_bodies_that_raised_a_count(text, expected):
    assert totals(text, date(2021, 3, 8)) == expected


def test_died_when_shells_hit_a_hospital_district_is_no_later_death_of_the_wounded():
    text = ("At least 12 soldiers were killed and 20 wounded in the fighting, the army said. Four civilians also "
            "died when shells hit the town's hospital district.")
    assert totals(text, date(2015, 2, 3)) == (16, 20, None)


def test_a_shooter_who_turned_the_gun_on_himself_after_a_dateline_and_a_headline():
    text = ("Student kills two classmates and a teacher, then himself\n\n"
            "MILLBROOK, May 3 \u2014 A 16-year-old student opened fire in a school corridor on Thursday, killing two "
            "classmates and a teacher and wounding four other students before turning the gun on himself, the "
            "sheriff said.")
    assert totals(text, date(2018, 5, 3)) == (4, 4, None)


def test_a_headlines_later_death_and_the_implicit_bomber_are_two_people():
    text = ("Boy dies of wounds after suicide bombing at market\n\n"
            "A 10-year-old boy wounded in Friday's suicide bombing at the market died in hospital overnight, "
            "raising the number of people killed in the attack to 7, police said.\n\n"
            "The bomber blew himself up among the stalls as shoppers gathered.")
    assert totals(text, date(2018, 5, 14))[0] == 8


def test_a_sentence_opening_on_a_place_not_named_before_tells_another_incident():
    text = ("Drones kill six in two towns\n\n"
            "Drones struck the port city of Marzana overnight, killing five people and injuring 30, officials said. "
            "In Tovrin, about 60 kilometres to the north, a drone hit a depot, killing a guard and injuring eight "
            "workers.")
    assert totals(text, date(2023, 7, 20))[:2] == (6, 38)
    # a place named before is the same incident's
    text = ("Drones struck Marzana and its suburb of Tovrin overnight, killing five people and injuring 30, officials "
            "said. In Tovrin, a drone hit a depot, injuring eight workers.")
    assert totals(text, date(2023, 7, 20))[:2] == (5, 30)


def test_lives_in_all_sum_up_every_side_told_before():
    text = ("Troops and rebels fought in two districts on Tuesday. In Haldor, six soldiers and about 20 insurgents "
            "were killed, the army said. In nearby Vesk, shelling killed a farmer. The monitor said the fighting "
            "had cost 29 lives in all.")
    assert totals(text, date(2023, 5, 17))[0] == 29


def test_places_named_after_a_count_of_places_break_the_lede_down():
    text = ("Gunmen attacked two farming villages overnight, killing 30 people, officials said.\n\n"
            "In Tudun Kara, 19 villagers were killed, among them a pastor.")
    assert totals(text, date(2023, 9, 25))[0] == 30


@pytest.mark.parametrize("text, expected", [
    # an earlier year's or month's event named as the subject
    ("Heavy rain killed six people in the valley on Sunday. Last year's floods killed 212 people in the province.",
     (6, 0, None)),
    ("A landmine wounded two herders on Monday. Last month's ambush on the same road killed nine soldiers.",
     (0, 2, None)),
    # the anniversary of an event, through its relative clause
    ("Hundreds gathered to mark the 15th anniversary of the siege in which troops killed 86 villagers. "
     "A stampede at the gate injured four mourners.", (0, 4, None)),
    # "a week after" the riots in which people died
    ("Shops reopened on Tuesday, a week after clashes between rival gangs across the city in which 17 people were "
     "killed and 90 injured. Police wounded two protesters on Tuesday afternoon.", (0, 2, None)),
    # "... killed in the collapse of the mine five years ago"
    ("Families of the 38 workers killed in the collapse of the old coal mine seven years ago marched on Friday.",
     (0, 0, None)),
    # a dated blaze and its relative clause, however long its name
    ("A fire in a print shop killed three workers on Monday. It recalled the 2009 blaze at the Castor textile works "
     "near the river, which killed 57 workers.", (3, 0, None)),
    # an attack named with another month, and its relative clause to the end
    ("Police said the men were behind the bombing of the railway station in June, in which 12 people were killed "
     "and about 40 wounded.", (0, 0, None)),
])
def test_earlier_events_named_in_other_ways_stay_background(text, expected):
    assert totals(text, date(2021, 11, 9)) == expected


def test_a_toll_that_says_it_includes_the_bomber():
    text = ("Police raised the number of dead in Sunday's market bombing to 14 after two of the wounded died. "
            "The figure of 14 includes the suicide bomber, who detonated a vest among shoppers.")
    assert totals(text, date(2019, 3, 5))[0] == 14


def test_a_toll_that_takes_in_the_assailants_replaces_their_count():
    text = ("Five guards and three of the gunmen were killed when the depot was stormed on March 2. A guard who was "
            "wounded died on Friday, bringing to nine the number of people killed in the raid, including the three "
            "assailants.")
    assert totals(text, date(2019, 3, 9))[0] == 9


@pytest.mark.parametrize("text, expected", [
    ("Fifteen villagers, including four children, were killed, in addition to all three attackers.", (18, 0, None)),
    # set off after the clause it adds to: the killed, not the wounded after it
    ("At least 12 pilgrims were killed, in addition to the two bombers, and 30 others were injured.", (14, 30, None)),
])
def test_in_addition_to_takes_the_count_and_the_kind_of_its_clause(text, expected):
    assert totals(text, date(2017, 6, 2)) == expected


def test_a_relative_clauses_verb_is_no_person():
    text = "Four rebels died in the gun battle that followed, and three soldiers were wounded."
    assert totals(text, date(1990, 2, 1)) == (4, 3, None)


@pytest.mark.parametrize("text, expected", [
    ("GUNMEN ON TWO MOTORCYCLES SHOT DEAD A MAYOR AND HIS DRIVER THIS MORNING.", (2, 0, None)),
    ("The governor promised 50,000 afghanis to the family of each person killed in the blast, which killed seven.",
     (7, 0, None)),
])
def test_vehicles_and_money_are_no_people(text, expected):
    assert totals(text, date(1990, 5, 4)) == expected


def test_a_conflicts_hundreds_of_dead_are_a_toll():
    text = ("No one was killed when a small bomb exploded near the court. More than 6,000 people died in the "
            "decade-long conflict between the army and the rebels.")
    assert totals(text, date(2012, 4, 4)) == (0, 0, 6000)


def test_treated_for_cuts_is_hurt():
    assert totals("Three passengers were treated for cuts from broken glass.", date(2016, 1, 8)) == (0, 3, None)


@pytest.mark.parametrize("text, expected", [
    ("The storm killed 23 people in Oristan and nine in Meleda before moving out to sea.", (32, 0, None)),
    ("Air strikes killed 14 people in Saqba, Douma, six in Harasta and four in Arbin.", (24, 0, None)),
])
def test_a_verbs_object_repeated_for_other_places(text, expected):
    assert totals(text, date(2017, 2, 3)) == expected


def test_a_toll_whose_people_are_named_at_length():
    text = ("The ministry released the names of 12 soldiers, bringing to 640 the number of its troops it says have "
            "been killed since the fighting began in May.")
    assert totals(text, date(2020, 9, 1))[2] == 640


def test_wounded_other_than_the_sentences_dead_may_be_the_wounded_told_before():
    text = ("Rockets killed three civilians and wounded six in the town on Monday, officials said. A woman and her two "
            "sons were killed when a rocket hit their house, and six other people were wounded, they said.")
    assert totals(text, date(2020, 9, 1))[:2] == (3, 6)


def test_a_headline_rounds_a_toll_the_body_gives():
    text = ("Rocket kills five in Kharvin; U.N. counts more than 4,100 civilian deaths\n\n"
            "A rocket killed five people in the city on Friday. The U.N. said it had recorded 4,168 civilian deaths in "
            "the country since the war began.")
    assert totals(text, date(2022, 8, 6)) == (5, 0, 4168)


def test_bodies_that_took_a_replaced_count_to_the_article_count_are_inside_it():
    text = ("A missile hit an apartment block on Saturday, killing 31 people, the emergency service said. The mayor "
            "had earlier put the number of dead at 27, but rescuers found four more bodies in the afternoon.")
    assert totals(text, date(2022, 8, 6))[0] == 31


def test_a_headline_restated_by_the_lede_is_not_lost_to_a_later_toll():
    text = ("Floods kill 11 in hill district as season toll climbs\n\n"
            "Floods killed 11 people in the hill district on Sunday, officials said, bringing the number of people killed "
            "in this year's rains to 140. \"We have recovered 11 bodies so far,\" an official said.")
    assert totals(text, date(2016, 8, 7)) == (11, 0, 140)


def test_what_a_toll_includes_is_no_toll():
    text = ("Shelling killed 80 people in the province this month. The toll includes 30 people killed in the "
            "capital.")
    assert totals(text, date(2016, 8, 30))[2] != 30


@pytest.mark.parametrize("text, expected", [
    # a sentence set against the count before it, in another speaker's words
    ("A crush at the stadium gates killed at least 14 people, the health ministry said. But at the main city "
     "hospital, a senior doctor said the morgue had received 19 bodies by nightfall.", 14),
    # ... but not the news that raised it
    ("A crush at the stadium gates killed at least 14 people, the health ministry said. But police said another "
     "two people died in hospital overnight.", 16),
    # a party's smaller count of its own losses
    ("The army said its jets had killed 30 militants in the valley. A spokesman for the group told reporters that "
     "only four of its fighters had died.", 30),
    # the figures after a sentence announcing another version
    ("Six rebels and two soldiers were killed in the clashes, an army spokesman said. The rebels gave a different "
     "account. Their spokesman said they had overrun the post, killing 20 soldiers.", 8),
])
def test_another_speakers_count_set_against_the_articles(text, expected):
    assert totals(text, date(2015, 3, 11))[0] == expected


def test_bodies_found_after_which_a_toll_was_raised_are_inside_it():
    text = ("Warehouse blast kills 16\n\n"
            "UPDATE: Officials raised the number of dead to 16 from 11, after firefighters reached the basement of the "
            "warehouse and found five more bodies.")
    assert totals(text, date(2020, 7, 22))[0] == 16


def test_a_part_of_a_part_is_not_added():
    text = ("Fourteen dead in prison riot\n\n"
            "Ten inmates and four guards were killed in a riot at the district prison, officials said on Sunday. "
            "Two of the inmates were shot by guards as they tried to climb the outer wall.")
    assert totals(text, date(2012, 10, 14))[0] == 14


def test_an_ordinal_one_is_one_of_those_counted():
    text = ("Three pupils were hurt in total, the principal said. Two of the pupils were hit by falling glass, and a "
            "third was hurt in the crush on the stairs.")
    assert totals(text, date(2024, 3, 27))[1] == 3


@pytest.mark.parametrize("text, expected", [
    # the body's equal figure is another source's: the headline's count stays
    ("Nine hostages and three gunmen dead as siege ends\n\n"
     "Troops stormed the guest house on Sunday, ending a siege by gunmen who had killed nine hostages, officials said. "
     "All three attackers were killed in the assault. The group said four of its fighters had died, but officials said "
     "they had found only three bodies of attackers.", 12),
    # ... or an earlier event's
    ("Gunman kills five at market, then himself\n\n"
     "A gunman opened fire at a street market on Saturday, killing five people before killing himself, police said. "
     "It was the worst attack in the town since 2015, when a gunman killed five worshippers at a church.", 6),
])
def test_a_headline_is_not_dropped_for_a_body_figure_that_is_not_the_articles(text, expected):
    assert totals(text, date(2016, 1, 17))[0] == expected


@pytest.mark.parametrize("text, expected", [
    # hit by a bullet, or in a part of the body, is hurt; a rocket that hit a market is no one
    ("Police killed two robbers in a shootout on Friday. A passer-by was hit by a stray bullet. Her injuries were "
     "not life-threatening, police said.", (2, 1, None)),
    ("A rocket hit the market in the morning, destroying several stalls.", (0, 0, None)),
    # one shot beside a death told nearby, who the text says will live, is hurt
    ("The gunman was shot dead by officers. A police officer was shot in the arm during the exchange of fire and "
     "is expected to recover.", (1, 1, None)),
])
def test_hit_and_shot_people_who_live(text, expected):
    assert totals(text, date(2015, 12, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    # an earlier time told at the end of the clause
    ("Floods killed four people in the valley on Monday. Two people died in floods in the same valley in early "
     "December last year.", (4, 0, None)),
    ("The army said 12 rebels were killed in the clash. It added that the same column had murdered 3 farmers in a "
     "nearby hamlet last week.", (12, 0, None)),
    # "two days after" a weapon that killed
    ("A suicide bomber struck a mosque during Friday prayers, killing 18 worshippers. The attack came two days after "
     "a roadside bomb killed three soldiers on the same road.", (19, 0, None)),
])
def test_more_earlier_events_stay_background(text, expected):
    assert totals(text, date(2009, 7, 10)) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's claim told with words between the verb and "to have"
    ("An ambush on a convoy killed six soldiers, an army spokesman said. The rebels claimed on their radio station to "
     "have killed 40 troops.", 6),
    # a coder's note in brackets, or with its source after it
    ("On 3 May 2023, a militant detonated his suicide vest near a checkpoint, killing himself. No other casualties "
     "were reported. [1 fatality]", 1),
    ("Militants attacked a base. The force said 4 militants, including a driver, were killed. The militants claimed to "
     "have killed 15 soldiers. 4 fatalities coded, per the force.", 4),
    # a group's own count set against the article's
    ("The fire service said 60 people were killed in the collapse. A workers' union said its own count showed 75 dead.",
     60),
])
def test_claims_notes_and_own_counts(text, expected):
    assert totals(text, date(2023, 5, 3))[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Divers recovered 12 more bodies on Wednesday, bringing the number of dead to 47, an official said. The sinking "
     "has killed at least 47 people.", (47, 0, 47)),
    # those still trapped are no dead
    ("Gas blast kills 21 miners, 11 still trapped", (21, 0, None)),
])
def test_bodies_that_raised_a_toll_and_the_trapped(text, expected):
    assert totals(text, date(2009, 12, 30)) == expected


def test_fell_with_an_adverb_and_an_editors_correction_note():
    text = ("UNITS OF OUR FRONT ATTACKED THE BARRACKS, KILLING 9 SOLDIERS. THREE OF OUR COMBATANTS FELL BRAVELY IN "
            "THE ACTION.")
    assert totals(text, date(1991, 1, 2))[0] == 12
    text = ("(Corrects number of dead in second paragraph to 11 from 17)\n\n"
            "A car bomb killed 11 people and wounded 25 near a market, police said.")
    assert totals(text, date(2004, 9, 30)) == (11, 25, None)


@pytest.mark.parametrize("text, expected", [
    # a count told as the subject of an after-clause
    ("Four coaches derailed near the station, but no one was injured. The derailment comes a week after 22 people "
     "were killed when two trains collided near Ramgarh, and two months after 40 passengers died in a fire.",
     (0, 0, None)),
    # a link to another story run into the text
    ("A riot at the city jail killed 31 inmates, officials said.\nRead more: Jail massacre in July leaves 90 dead\n"
     "Troops retook the jail on Sunday.", (31, 0, None)),
    # lives saved are no deaths
    ("The cyclone killed 12 people. Officials said the evacuation of two million people saved thousands of lives.",
     (12, 0, None)),
    # a count the authority lowered in the same sentence
    ("At least 40 inmates were killed, officials said. The agency had reported 47 deaths on Saturday, but lowered the "
     "figure to 40 on Sunday.", (40, 0, None)),
    # a count after a comma, for another place, as the headline gives it
    ("Storm leaves 19 dead in Laxmipur, six in Sonadia\n\nThe storm killed 19 people in Laxmipur. In Sonadia, "
     "officials said six people were killed.", (25, 0, None)),
])
def test_probe13_phrasings(text, expected):
    assert totals(text, date(2019, 11, 11)) == expected


def test_a_lower_case_date_with_its_year_is_no_count():
    text = "posted by staff writer monday december 19 2016 thirteen people died when a bus crashed"
    assert totals(text, date(2016, 12, 19))[0] == 13


@pytest.mark.parametrize("text, expected", [
    # an after-clause told through an aside to its verb
    ("Police killed three men in the raid. The raid comes five months after an operation in Vila Nova, in the west "
     "of the city, left 27 people dead.", 3),
    # a month of last year fronted
    ("Gunmen killed 12 students at a college on Thursday. In November last year, the same group killed 28 passengers "
     "on a bus, and in December it killed 36 quarry workers.", 12),
    # a police raid's dead take in the suspects
    ("A police operation in the favela left at least nine people dead on Thursday, among them a police corporal. "
     "Eight suspects were killed in exchanges of gunfire, the police said.", 9),
    # one person named in a headline is not dropped for another one in the body
    ("Gunmen storm college, kill 29 students and a teacher\n\nGunmen stormed a college on Thursday, killing 29 "
     "students and a teacher. All four attackers were killed, one of them when he detonated a vest.", 34),
])
def test_long_news_from_probe13(text, expected):
    assert totals(text, date(2015, 4, 3))[0] == expected


@pytest.mark.parametrize("text, expected", [
    # a running count right after a toll is another account of it
    ("A drone strike on a camp killed nine people. The U.N. said at least 1,200 civilians had been killed in the city "
     "since the siege began. The regional government says more than 3,000 people have been killed.", (9, 0, 3000)),
    # a monitor's count of deaths after a war's toll
    ("Gunmen killed 40 villagers on Wednesday. The war has killed tens of thousands of people. A monitoring group has "
     "recorded more than 16,000 deaths from direct violence.", (40, 0, 16000)),
    # another account in the pluperfect of the dead a restated headline counted
    ("More than 100 killed in attack on village, activists say\n\nMore than 100 people were killed when fighters "
     "stormed the village on Wednesday, a local committee said. The government said in a statement that 150 "
     "civilians had been killed.", (100, 0, None)),
    # a separate incident last month, fronted with a longer phrase
    ("At least 12 refugees drowned when their boat capsized on Monday. In a separate incident last month, a boat "
     "capsized near the beach, killing at least 23 people.", (12, 0, None)),
])
def test_running_counts_other_accounts_and_earlier_incidents(text, expected):
    assert totals(text, date(2024, 6, 7)) == expected


def test_the_news_that_raised_an_incident_toll_is_no_lower_count_of_it():
    text = ("Mine blast kills 27, six still trapped\n\n"
            "Rescuers recovered three more bodies on Monday from the mine where a gas explosion struck on Sunday, "
            "raising the number of dead to 27, officials said.")
    assert totals(text, date(2014, 12, 8))[0] == 27


def test_an_account_of_everyone_told_group_by_group_is_another_estimate():
    text = ("Armed men stormed a clinic on Thursday night, killing three patients and a nurse, the governor said. "
            "Soldiers killed two of the attackers. A local official said eight people had died in the attack.")
    assert totals(text, date(2025, 2, 14))[0] == 6
    # a smaller count told later is another incident's, not an account of all of them
    text = ("Rebels overran two villages, killing 11 farmers, the army said. State television said on Tuesday that five "
            "people had been killed in rocket attacks on the city.")
    assert totals(text, date(2025, 2, 14))[0] == 16


@pytest.mark.parametrize("text, expected", [
    # a count the next sentence denies is a party's claim
    ("Shelling killed four civilians in the town, the ministry said. The enemy's ministry said its forces had "
     "destroyed positions and killed 27 soldiers. The ministry denied the claim, saying it lost no one.", 4),
    # ... or the one after it, with nothing told between
    ("An air strike killed at least 11 civilians in the village, residents said. The army said it had killed about 20 "
     "fighters in an operation in the area. It did not mention civilians. Local leaders denied having any fighters in "
     "the village.", 11),
    # a claim told and denied in a later sentence of its own is not ours denied
    ("Thirty people were wounded in the strike, the charity said. Some were moved to another hospital. Officials said "
     "fighters had used the hospital as a base, a claim the charity denied.", 0),
])
def test_a_count_someone_denies_is_a_claim(text, expected):
    assert totals(text, date(2020, 10, 14))[0] == expected
    if expected == 0:
        assert totals(text, date(2020, 10, 14))[1] == 30


@pytest.mark.parametrize("text, expected", [
    ("The boat sank in a storm, killing 12 people. Most boats on the lake carry no life jackets.", (12, 0, None)),
    ("Seventeen people were killed when the bus fell into a gorge. The driver lost control on a bend. The bus rolled "
     "several times. Ten bodies are yet to be identified.", (17, 0, None)),
    ("Thousands marched through the city, many dressed in black and carrying photographs of the dead.", (0, 0, None)),
])
def test_things_that_name_the_dead_without_a_count(text, expected):
    assert totals(text, date(2018, 4, 3)) == expected


def test_an_all_caps_roundup_tells_each_paragraphs_incident_apart():
    text = ("QUITO, 3 MAR 88 (RADIO SUCRE) -- [TEXT] A BOMB EXPLODED THIS MORNING IN A BUS PARKED OUTSIDE THE "
            "CENTRAL MARKET OF RIOBAMBA, KILLING FORTY PEOPLE AND WOUNDING SIXTY, THE POLICE REPORTED.\n\n"
            "MEANWHILE, THE TOWN OF PALLATANGA CAME UNDER MORTAR FIRE TONIGHT. FOUR PEOPLE WERE KILLED AND NINE "
            "WOUNDED, A RED CROSS SPOKESMAN SAID.\n\n"
            "IN THE NORTHERN PROVINCES, THE ARMY SAID THAT TWELVE GUERRILLAS AND TWO SOLDIERS WERE KILLED IN A "
            "CLASH NEAR EL ANGEL.\n\n"
            "IN THE SOUTH, THREE RAIDERS WHO ATTACKED A FARM WERE KILLED, ACCORDING TO A STATEMENT BY THE "
            "LANDOWNERS' ASSOCIATION.")
    # the mortar fire's, the clash's and the raid's dead are incidents of their own, not parts of
    # the bombing's forty (the raid told in a party's statement, with no report beside it)
    assert totals(text, date(1988, 3, 3)) == (40 + 4 + 14 + 3, 60 + 9, None)


def test_a_roundup_summary_is_still_broken_down_by_its_paragraphs():
    text = ("BOGOTA, 6 JUN 89 (AFP) -- [TEXT] AN ARMY SPOKESMAN SAID THAT THREE SOLDIERS AND FOUR REBELS WERE "
            "KILLED TODAY IN CLASHES IN DIFFERENT PARTS OF THE COUNTRY.\n\n"
            "NEAR LA DORADA, REBELS AMBUSHED A PATROL AND KILLED THREE SOLDIERS.\n\n"
            "MEANWHILE, THE ARMY'S SECOND BRIGADE SAID THAT FOUR REBELS WERE KILLED IN A CLASH NEAR OCANA.")
    assert totals(text, date(1989, 6, 6))[0] == 7


def test_a_month_spanned_with_during_is_a_period_toll():
    text = ("SAN SALVADOR, 4 FEB 90 (RADIO CADENA) -- [TEXT] A HUMAN RIGHTS OFFICE REPORTED TODAY THAT DURING "
            "JANUARY, SIXTY-ONE CIVILIANS WERE MURDERED FOR POLITICAL REASONS. THE POLICE REPORTED THAT THE BODIES "
            "OF THREE MEN WERE FOUND THIS MORNING NEAR APOPA.")
    assert totals(text, date(1990, 2, 4)) == (3, 0, 61)
    # a fronted "In March," still dates an earlier incident
    text = "In March, a bomb at the station killed six people. On Tuesday a grenade wounded two guards."
    assert totals(text, date(2011, 6, 8)) == (0, 2, None)


def test_a_floods_count_since_a_weekday_is_killed_unless_it_reports_an_incident_inside():
    text = ("Floods triggered by a week of heavy monsoon rains have killed at least 27 people in two districts "
            "since Saturday, the relief commissioner said on Wednesday. About 9,000 people have left their homes.")
    assert totals(text, date(2016, 7, 20)) == (27, 0, 27)
    text = ("Floods triggered by four days of monsoon rains have killed 31 people since Sunday, officials said on "
            "Thursday. In the worst incident, a wall collapsed on a school hostel in Bhimpur early on Thursday, "
            "killing six pupils. Eleven others were hurt.")
    assert totals(text, date(2016, 7, 21)) == (6, 11, 31)
    # a season's count over months stays a toll
    text = "Monsoon rains have killed 212 people across the country since June, the disaster agency said."
    assert totals(text, date(2016, 8, 30)) == (0, 0, 212)


@pytest.mark.parametrize("text, published, expected", [
    # "last night when ..." is the news, not an earlier event's relative clause
    ("LIMA, 9 AUG 87 (EFE) -- [TEXT] AT LEAST 31 PEOPLE DIED AND ABOUT 25 WERE INJURED LAST NIGHT WHEN A TRUCK "
     "CARRYING FARM WORKERS FELL INTO A GORGE NEAR HUANTA.", date(1987, 8, 9), (31, 25, None)),
    # "both" before a plural noun is two people; not in an aside, a pair of kinds or after a preposition
    ("Both drivers of the two vans were pronounced dead at the scene on Sunday.", date(2019, 5, 5), (2, 0, None)),
    ("A bomb exploded near the station, killing both policemen and civilians.", date(2019, 5, 5), (0, 0, None)),
    ("The bodies of two hostages, both nurses, were found on Friday.", date(2019, 5, 5), (2, 0, None)),
    ("Fighters from both sides were killed in the clash.", date(2019, 5, 5), (0, 0, None)),
    # "shooting dead" takes its object after "dead", as "shot dead" does
    ("Four men robbed a post office in Lindau, shooting dead a clerk.", date(1977, 3, 2), (1, 0, None)),
    # a part "of the dead" is drawn from the dead, whatever was counted last
    ("At least 14 inmates were killed and 30 others hurt in the riot on Monday. The warden said six of the "
     "dead had been beheaded.", date(2013, 4, 9), (14, 30, None)),
    # "killing three officers and wounding a fourth": the next of their group, hurt
    ("Rebels fired on a convoy on Tuesday, and 12 people were injured. Gunmen later ambushed a patrol, killing "
     "three officers and wounding a fourth.", date(2022, 1, 12), (3, 13, None)),
    # (the wounded of a put-at count after a vague word is the count: "dozens ... put at 37")
    ("An airstrike hit a wedding party on Wednesday, killing 21 people. Villagers said dozens more were wounded. "
     "The health director put the number of wounded brought to the hospital at 37.", date(2014, 10, 2), (21, 37, None)),
    # the count in "a week after a missile hit ..., killing 27" is that earlier strike's
    ("Shelling killed four people in the town on Monday. The shelling came a week after a missile hit the bus "
     "station, killing 27 people.", date(2022, 1, 12), (4, 0, None)),
    # a hostage freed with injuries is hurt
    ("Two hostages were killed when troops stormed the house. A third hostage was freed with minor injuries.",
     date(2006, 5, 4), (2, 1, None)),
    # another source's count of the wounded, "put at", is listed, not taken
    ("A bomb killed nine people and wounded at least 40 on Monday, police said. The mayor put the number of "
     "wounded at 55.", date(2005, 3, 14), (9, 40, None)),
    # a headline the body restates as a part of it ("six of them") is that count
    ("Police kill four striking dockers in Port Ardel\n\nPORT ARDEL, June 3 - Police fired on striking dockers on "
     "Tuesday, killing four of them, union officials said.", date(2015, 6, 3), (4, 0, None)),
])
def test_probe16_phrasings(text, published, expected):
    assert totals(text, published) == expected


def test_a_reports_fields_give_its_counts():
    text = ("Police report: Unknown assailants threw a grenade into a bar shortly before midnight. Three patrons "
            "were killed. Fatalities: 3. Injuries: 11 (4 serious). Suspects: none arrested.")
    assert totals(text, date(1999, 12, 22)) == (3, 11, None)
    # a coder's closing field is the analyst's own count: "several" militants are not added to it
    text = ("Militants attacked an army base near Kusu, killing 8 soldiers. Several militants were also killed. "
            "Fatalities: 11.")
    assert totals(text, date(2019, 8, 24))[0] == 11


def test_a_wildfire_toll_and_a_toll_told_days_after_the_event_are_one_events():
    text = ("The number of people confirmed dead in the wildfire that swept through the hill town of Carrow rose to "
            "41 on Tuesday, the governor said.")
    assert totals(text, date(2023, 8, 8)) == (41, 0, 41)
    # "five days after" tells when, not a span the toll runs over
    text = ("Apartment block collapse: search ends\n\n"
            "Rescue crews ended their search of the collapsed apartment block on Monday, five days after the building "
            "came down, with the confirmed death toll standing at 14.")
    assert totals(text, date(2023, 4, 3)) == (14, 0, 14)
    # a toll over the past five days is a span's
    text = "The death toll from fighting in the city over the past five days rose to 170, the ministry said."
    assert totals(text, date(2010, 6, 15)) == (0, 0, 170)


def test_the_hurt_of_two_items_of_one_breakdown_are_not_parts_of_each_other():
    text = ("Bombings across the capital killed at least 15 people on Sunday, police said. A car bomb at the bus "
            "station killed 11 people and wounded 30. Later, a roadside bomb hit a patrol in the south of the city, "
            "killing four soldiers and wounding five passers-by.")
    # the 11 and the 4 are the 15; the five hurt by the roadside bomb are no part of the bus station's 30
    assert totals(text, date(2006, 10, 8)) == (15, 35, None)


@pytest.mark.parametrize("text, published, expected", [
    # a "since" inside a relative clause counts the clause's toll, not the day's news before it
    ("Three soldiers were shot dead at a checkpoint on Monday, the latest in a string of attacks that has killed "
     "more than 90 members of the security forces since March.", date(2017, 5, 8), (3, 0, 90)),
    ("FOUR HOSTAGES AND TWO OF THEIR CAPTORS DIED TODAY WHEN TROOPS STORMED A HOUSE WHERE A GANG HAD BEEN "
     "HOLDING 15 PEOPLE SINCE FRIDAY.", date(1991, 7, 17), (6, 0, None)),
    # an after-clause's own subject and verb tell the earlier attack
    ("A mine destroyed an army truck, killing five soldiers. The attack came three days after the same group had "
     "killed seven policemen in an ambush.", date(1991, 4, 17), (5, 0, None)),
    # coordinated subjects before a PP, and before "to death"
    ("All 52 passengers and six crew members aboard the ferry were killed.", date(1987, 2, 28), (58, 0, None)),
    ("Six women and two children were crushed to death at the gate on Monday.", date(2009, 11, 23), (8, 0, None)),
    # "since making landfall": one storm's running count; a place's pluperfect count is its part
    ("Cyclone Rua has killed at least 90 people in Tolmar and neighbouring Vessa since making landfall on "
     "Thursday, officials said on Sunday. In Tolmar, the government said 61 people had died and 400 were "
     "injured. Another 29 deaths were reported in Vessa.", date(2019, 3, 17), (90, 400, 90)),
    # a fronted toll count names its event after the toll noun
    ("A worker injured in last week's blaze at a mill died on Sunday, bringing to six the number of people "
     "killed in the fire.", date(2017, 12, 3), (6, 0, 6)),
    # a party's claim told with "saying it had killed", beside the report
    ("A bomber blew himself up at a checkpoint, killing five policemen, officials said. The Red Hand movement "
     "claimed responsibility, saying it had killed 30 police.", date(2015, 2, 20), (6, 0, None)),
    # the dead a mixed count of casualties names; whose they are; a party's inflicted casualties
    ("GUERRILLA UNITS AMBUSHED AN ARMY PATROL, CAUSING 19 CASUALTIES AMONG THE TROOPS, INCLUDING 11 DEAD. TWO "
     "OF OUR COMRADES FELL IN THE ACTION.", date(1985, 4, 5), (13, 0, None)),
    ("THE ARMY REPORTED THAT 20 GUERRILLAS WERE KILLED AND ONE SOLDIER DIED IN THE OPERATION. THE FRONT SAID "
     "THAT ITS UNITS HAD INFLICTED 40 CASUALTIES ON THE ARMY, INCLUDING 15 DEAD.", date(1989, 6, 20), (21, 0, None)),
    # "since the blast" in a relative clause about someone else: the seven are the blast's dead
    ("Hundreds attended the funerals of seven miners killed in Monday's explosion, as rescuers recovered the "
     "body of a man who had been missing since the blast.", date(2015, 6, 18), (8, 0, None)),
    # the hurt "with broken bones and cuts"
    ("Five people were taken to a clinic with broken bones and cuts.", date(2020, 8, 19), (0, 5, None)),
    # one count before bare nouns coordinated after it counts them all
    ("Officials said more than 1,900 combatants and civilians have been killed in the conflict.", date(2020, 8, 19),
     (0, 0, 1900)),
    ("At least 30 men, women and children were killed when the boat sank.", date(2020, 8, 19), (30, 0, None)),
    # "shot, one fatally": the one killed, the others hurt
    ("Six people were shot, two fatally, outside a nightclub early Sunday, police said.", date(2023, 7, 2), (2, 4, None)),
    ("Gunmen shot four farmers, one of them fatally.", date(2023, 7, 2), (1, 3, None)),
    ("Two men were shot, one of them fatally, outside a bar early Sunday. A 31-year-old man was pronounced dead at "
     "the scene; the second victim was taken to a hospital.", date(2023, 7, 2), (1, 1, None)),
    # a toll phrase through "St." reads its count; the wounded of the earlier account are the
    # only wounded told, and stay
    ("The death toll from Sunday's bombing at St. Jude church rose to 19 on Wednesday after two more of the "
     "wounded died, officials said. On Sunday officials had put the toll at 15 dead and more than 60 wounded.",
     date(2012, 4, 11), (19, 60, 19)),
    # ... but yield to a current count of the wounded
    ("The death toll from the rocket attacks on the city rose to 8 civilians, with 12 injured, a police source "
     "said. The source earlier put the death toll at 5 civilians while 9 other people were reported injured.",
     date(2016, 8, 16), (8, 12, 8)),
    # every conjunct of a breakdown's item is an item too
    ("Attacks on polling day left at least nine people dead, officials said. In the worst incident, gunmen fired on "
     "voters in Anwe, "
     "killing four people. In Lower Dessa, a roadside bomb struck a vehicle carrying ballot boxes, killing two "
     "election officials and a police escort. A soldier was shot dead at a checkpoint.", date(2008, 6, 30),
     (9, 0, None)),
])
def test_probe17_phrasings(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # another source's "as many as" after the article's count of the same dead
    ("A suicide bomber blew himself up in a market on Saturday, killing at least 18 people, police said. Local "
     "television, citing hospital sources, reported as many as 25 dead.", date(2015, 3, 14), (19, 0, None)),
    # "reported that so far this year, ..." is a running count, not a clause's own "so far"
    ("THE NATIONAL POLICE REPORTED THAT SO FAR THIS YEAR, 97 POLICEMEN HAVE BEEN KILLED IN GUERRILLA ATTACKS.",
     date(1991, 8, 10), (0, 0, 97)),
    # a claim told "saying he had killed" after the group "claimed" the attack
    ("A suicide bomber drove a car into a checkpoint on Friday, killing 40 people, a monitor said. Jund al-Haqq "
     "claimed the attack through its news agency, naming the bomber and saying he had killed more than 60 "
     "apostates.", date(2017, 2, 25),
     (41, 0, None)),
    # a gunman "fatally shooting himself" after a dateline, and the later count of everyone with him
    ("CLEARWATER — A former employee opened fire inside a warehouse on Saturday, killing four people before "
     "fatally shooting himself, police said. The police chief said five people were dead, including the gunman.",
     date(2012, 12, 1), (5, 0, None)),
    # "Less than an hour later, a suicide bomber ...": the next attack of the day
    ("04/07/1995: Bombs struck two places in the city. At 08:15, a device detonated in the railway station, "
     "killing nine people and wounding 30. Less than an hour later, a suicide bomber detonated explosives at the "
     "bus terminal, killing three people, including the bomber, and wounding 12.", date(1995, 4, 7), (12, 42, None)),
])
def test_probe18_phrasings(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "It was the second attack ... this week": the run's earlier attack, dated at the sentence's end
    ("A car bomb exploded outside a police station in Quetta on Friday, killing three officers, police said.\n\n"
     "It was the second attack on police in the city this week. A suicide bomber killed 12 people at a checkpoint "
     "on the eastern bypass on Tuesday.", date(2020, 5, 9), (3, 0, None)),
    ("A car bomb exploded outside a police station in Quetta on Friday, killing three officers, police said.\n\n"
     "It was the latest in a string of attacks on the police. Gunmen shot dead two constables in the Satellite Town "
     "area on Monday.", date(2020, 5, 9), (3, 0, None)),
    # after a zero: the day of "no injuries" is the news
    ("A BOMB HIDDEN IN A LITTER BIN EXPLODED IN A SHOPPING STREET EARLY TODAY, SHATTERING SHOP WINDOWS BUT CAUSING "
     "NO INJURIES, POLICE SAID. IT WAS THE FOURTH IRA BOMB IN ENGLAND THIS MONTH. A DEVICE AT A RAILWAY STATION "
     "KILLED ONE MAN AND INJURED 38 PEOPLE ON FEBRUARY 18.", date(1991, 2, 26), (0, 0, None)),
    # a day of one run of clashes is no earlier attack
    ("Police fired on protesters in the capital on Friday, killing two. It was the third consecutive day of "
     "clashes. Five people were killed on Wednesday.", date(2020, 5, 9), (7, 0, None)),
    # the run's attack of the same day is today's news too
    ("A roadside bomb killed two soldiers near Kandahar on Friday. It was the second attack on the army that "
     "day. A rocket struck a base in Helmand on Friday afternoon, killing three more soldiers.",
     date(2020, 5, 9), (5, 0, None)),
])
def test_earlier_attack_after_run_of_attacks_is_background(text, published, expected):
    assert totals(text, published) == expected


def test_implied_bomber_has_his_victims_day():
    # the bomber of an earlier day's attack, fronted "On Tuesday, ...", is background with his victims
    text = ("A car bomb exploded outside a police station in Quetta on Friday, killing three officers, police "
            "said.\n\nOn Tuesday, a suicide bomber killed 12 people at a checkpoint on the eastern bypass.")
    figures = extract_figures(text, date(2020, 5, 9))
    bomber = next(f for f in figures if f.rule == "implicit_suicide_bomber")
    assert bomber.event_date == date(2020, 5, 5)
    assert totals(text, date(2020, 5, 9)) == (3, 0, None)


@pytest.mark.parametrize("text, published, expected", [
    ("MOGADISHU, Oct 18 - Militants killed at least a dozen people in attacks in central and southern Somalia on "
     "Tuesday, officials said.\n\nIn Hiraan region, gunmen stormed a police post, killing five officers, a "
     "military officer said.\n\nIn Middle Shabelle, gunmen ambushed a minibus, killing four passengers, police "
     "said.", date(2022, 10, 18), (12, 0, None)),
    ("Taliban fighters killed 14 members of the security forces in raids in the north and east of the country on "
     "Sunday, officials said.\n\nIn Kunduz, insurgents overran a checkpoint, killing six policemen.",
     date(2022, 10, 18), (14, 0, None)),
])
def test_places_break_down_attacks_in_two_parts_of_a_country(text, published, expected):
    # attacks in two parts of a country are summed up by the lede: the places after it are its parts
    assert totals(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # the opening that names the subject holds no figure of its own
    ("The Harwick market bombing was a terrorist attack in the town of Harwick. On 3 May 2004, a bomb hidden in a "
     "vegetable cart exploded near the main gate of the market, killing 14 people and injuring 40.",
     (14, 40, None)),
    # its hurt who died in the weeks after raise its toll, which takes in the first dead
    ("The Harwick market bombing was a terrorist attack in the town of Harwick. On 3 May 2004, a bomb hidden in a "
     "vegetable cart exploded near the main gate of the market, killing 14 people and injuring 40. Three of the "
     "injured had died in hospital by 19 May 2004, bringing the death toll to 17.", (17, 40, 17)),
])
def test_encyclopedia_entry_event_years_before_publication(text, expected):
    assert totals(text, date(2011, 6, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    # "one source reported ..., while another reported ...": both are other sources' counts
    ("On 14 May 2006, gunmen attacked a border post in Kurram. Three Frontier Corps personnel and one assailant "
     "were killed, and four people were injured. Sources disagree on the number of casualties: one source "
     "reported six soldiers killed, while another reported eleven wounded.", (4, 4, None)),
    # personnel of a force and its soldiers may be the same people
    ("Militants killed four security personnel at a checkpoint in Kurram on Sunday. Officials said four soldiers "
     "died in the attack.", (4, 0, None)),
])
def test_other_sources_and_security_personnel(text, expected):
    assert totals(text, date(2006, 5, 15)) == expected


@pytest.mark.parametrize("text, expected", [
    ("A five-storey building collapsed on Tuesday, killing nine workers. Twenty-three of the survivors were admitted "
     "to the New Civil Hospital, where doctors said six were in a critical condition.", (9, 23, None)),
    ("Police charged the march with batons on Monday. Eight students were admitted to the Rajiv Gandhi General "
     "Hospital after they sustained injuries.", (0, 8, None)),
])
def test_admitted_to_a_named_hospital(text, expected):
    # the hospital's name between "admitted to the" and "Hospital"
    assert totals(text, date(2018, 8, 8)) == expected


@pytest.mark.parametrize("text, expected", [
    # "a day after" an earlier attack, told with its own subject and verb, or as a barrage's relative clause
    ("A rocket hit a bus stop on Tuesday, killing three people. The strike came a day after a missile barrage "
     "killed 19 people and wounded 105 across the country.", (3, 0, None)),
    ("A rocket hit a bus stop on Tuesday, killing three people. The strike came a day after a barrage of 84 cruise "
     "missiles that officials said killed 19 people and wounded 105 across the country.", (3, 0, None)),
    # the day after the news is its aftermath, not an earlier attack
    ("A bomb exploded in a market on Tuesday, killing three people. A day after the attack, two of the wounded "
     "died in hospital.", (5, 0, None)),
])
def test_attack_a_day_before_is_background(text, expected):
    assert totals(text, date(2022, 10, 12)) == expected


def test_the_toll_named_again_is_no_count_of_killed():
    # "11 of the 39 deaths": the toll told before, not 39 more killed; the boy who drowned is news of his own
    text = ("Relatives in Quetta on Wednesday buried six members of one household who died when the mud roof of "
            "their home caved in late on Monday, as officials raised the province's toll from a week of monsoon "
            "rains to 39. The disaster authority said 11 of the 39 deaths had occurred in the past 48 hours. On "
            "Tuesday, a boy drowned in a swollen stream near Zhob, officials said.")
    assert totals(text, date(2022, 7, 20)) == (7, 0, 39)


@pytest.mark.parametrize("text, published, expected", [
    # a party's count since a weekday, told in reported speech, is one bout of fighting's dead
    ("Warplanes struck rebel-held towns north of Aleppo on Wednesday. The Observatory said 12 pro-government "
     "fighters and at least 19 rebels and jihadists had been killed in the ground fighting since Tuesday.",
     date(2016, 2, 17), (31, 0, None)),
    # told as it stands, or a disaster's dead since a weekday, it is a running toll
    ("At least 19 rebels have been killed in the fighting since Tuesday, the monitor said.",
     date(2016, 2, 17), (0, 0, 19)),
    ("The ministry said 67 people had been killed by floods and landslides since Thursday.",
     date(2016, 2, 17), (67, 0, 67)),
    ("The commission said at least 24 people had been killed by police since Tuesday's presidential election.",
     date(2016, 2, 17), (0, 0, 24)),
])
def test_count_since_a_weekday(text, published, expected):
    assert totals(text, published) == expected


def test_reported_speech_pluperfect_is_no_earlier_day():
    # "It said rocket fire had killed three people and wounded 17 on Tuesday evening": the tense of
    # reported speech, not a death before the news (both kinds alike)
    text = ("Warplanes struck rebel-held towns north of Aleppo on Wednesday, killing 14 fighters, a monitor said. "
            "State media said rebel rocket fire on a government-held district of Aleppo city had killed three "
            "children and wounded 17 on Tuesday evening.")
    assert totals(text, date(2016, 2, 17)) == (17, 17, None)


def test_labelled_places_of_a_lede_summed_over_states():
    # "in three northern and central Nigerian states" sums up places; the labelled paragraphs,
    # labels in capitals, are its parts (the Benue attack, "Separately", is outside it)
    text = ("LAGOS, March 30 - Armed attacks in three northern and central Nigerian states have killed no fewer "
            "than 18 people in three days, police said.\n\n"
            "KADUNA: Gunmen on motorcycles raided a village on Saturday night, killing nine villagers.\n\n"
            "BORNO: Two soldiers died when fighters attacked a garrison town on Sunday.\n\n"
            "PLATEAU: Seven people were killed when gunmen attacked a hamlet late on Monday.\n\n"
            "Separately in Benue state, herdsmen killed four farmers near Makurdi on Monday.")
    assert totals(text, date(2019, 3, 30)) == (22, 0, None)


@pytest.mark.parametrize("text, expected", [
    # an aside that negates itself does not negate the verb
    ("A commission said on Wednesday that five civilians, not the three first reported, were killed in the "
     "clashes.", (5, 0, None)),
    ("Five civilians, not one of them armed, were killed in the clash.", (5, 0, None)),
    ("The soldiers, not yet identified, were not killed.", (0, 0, None)),
    # another party's figure set against the count: listed, not added (and of its own kind)
    ("The report found that 34 civilians were wounded in the clash, well above the Interior Ministry's figure "
     "of 21 injured.", (0, 34, None)),
])
def test_corrections_and_compared_figures(text, expected):
    assert totals(text, date(2021, 10, 6)) == expected


def test_figure_of_hurt_after_a_death_is_hurt():
    text = ("A commission said that five civilians were killed. The report found that 34 civilians were wounded, "
            "well above the ministry's figure of 21 injured.")
    kinds = {(f.kind, f.best) for f in extract_figures(text, date(2021, 10, 6))}
    assert ("injured", 21) in kinds and ("killed", 21) not in kinds


@pytest.mark.parametrize("text, expected", [
    # "23 of the 55 wounded were still being treated": the 55 wounded are the count, 23 a part of them
    ("A bomb exploded at a cricket ground on Tuesday, killing 16 people. A hospital spokesman said 23 of the 55 "
     "wounded were still being treated.", (16, 55, None)),
    # ... told before too: not 23 more
    ("A bomb exploded on Tuesday, killing 16 people and wounding 55. A hospital spokesman said 23 of the 55 "
     "wounded were still being treated.", (16, 55, None)),
    ("A bomb exploded at a cricket ground on Tuesday, killing 16 people. A hospital spokesman said 23 of the 55 "
     "wounded were in serious condition.", (16, 55, None)),
])
def test_part_of_the_counted_wounded(text, expected):
    assert totals(text, date(2017, 6, 2)) == expected


def test_crew_are_among_all_aboard():
    text = ("All 44 aboard die as airliner crashes short of Siberian runway\n\nAn Antonov-24 crashed into a forest "
            "while trying to land in fog on Thursday, killing all 39 passengers and five crew members, officials "
            "said.")
    assert totals(text, date(1995, 8, 10)) == (44, 0, None)


def test_attacker_hurt_after_surgery_is_none_of_his_victims():
    # "underwent emergency surgery and was in critical condition": the subject is the suspect,
    # hurt besides the two people he wounded
    text = ("A man armed with a kitchen knife attacked shoppers on Saturday afternoon, killing a retired teacher "
            "and wounding two other people before a police officer shot him, police said. The suspect, a "
            "31-year-old who had been treated for psychiatric illness, underwent emergency surgery and was in "
            "critical condition.")
    assert totals(text, date(2016, 8, 10)) == (1, 3, None)


@pytest.mark.parametrize("text, expected", [
    # a fighters' verb in quotes is still their fate
    ("The ministry said dozens of terrorists had been \"neutralised\" as troops repelled the assault on the camp.",
     (12, 0, None)),
    # the bodies of the people counted, as another source counted them, are those dead again
    ("Militants attacked a military camp on Thursday, killing six soldiers, the defence ministry said. A local "
     "official said the bodies of 11 soldiers had been brought to the town's health centre.", (6, 0, None)),
])
def test_fighters_in_quotes_and_bodies_of_the_counted(text, expected):
    assert totals(text, date(2020, 1, 10)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fighters said they had retaken the hill and killed 20 of the enemy, while losing four of their own.",
     (24, 0, None)),
    ("The company said it was losing four of its own clients to a rival.", (0, 0, None)),
])
def test_losing_n_of_their_own(text, expected):
    assert totals(text, date(2015, 8, 26)) == expected


@pytest.mark.parametrize("text, expected", [
    # "in a separate air strike": another incident's dead, not another source's count of those before
    ("Troops said about fifty terrorists were neutralised in the counter-attack on Thursday. The ministry said "
     "17 terrorists had been killed in a separate air strike on a camp.", (67, 0, None)),
    # a vague count since a weekday is a running estimate, not one bout's dead
    ('CHECHEN RADIO SAID "HUNDREDS" OF RUSSIAN SOLDIERS HAD BEEN KILLED IN STREET FIGHTING SINCE SUNDAY.',
     (0, 0, 100)),
])
def test_separate_strike_and_vague_count_since_a_weekday(text, expected):
    assert totals(text, date(2024, 1, 16)) == expected


def test_count_that_leaves_the_attackers_out_and_a_claim_after_responsibility():
    # the attackers are no part of a count that says it leaves them out; what the group that claimed
    # responsibility "said it had killed" is its claim
    text = ("Four gunmen stormed the Hotel Nugaal in Garowe on 9 June 2017. Nineteen people were killed, not "
            "including the attackers; more than 30 others were injured. All four attackers died. Al-Shabaab, which "
            "claimed responsibility through its radio station, said it had killed \"more than 40 apostates\".")
    assert totals(text, date(2017, 6, 10)) == (23, 30, None)


def test_a_verbs_object_before_and_is_no_subject():
    # "winched 31 people from trees and rooftops overnight, and 26 were taken to hospital": only 26 hurt
    text = ("A flash flood tore through a campsite late on Saturday, killing at least 14 people. Helicopter crews "
            "winched 31 people from trees and rooftops overnight, and 26 were taken to hospital with injuries.")
    assert totals(text, date(2009, 7, 19)) == (14, 26, None)


@pytest.mark.parametrize("text, expected", [
    # taken to hospital after a sentence of the hurt is hurt; protesters are none of the officers
    ("The police said 86 officers had been injured nationwide. Opposition leaders said at least 30 protesters had "
     "been taken to hospitals in Seoul alone.", (0, 116, None)),
    # but the hurt of the same people are among them
    ("The police said 86 people had been injured nationwide. At least 30 had been taken to hospitals in Seoul "
     "alone.", (0, 86, None)),
])
def test_taken_to_hospital_after_the_hurt(text, expected):
    assert totals(text, date(1987, 6, 19)) == expected


def test_toll_raised_then_the_news_that_raised_it():
    # the deaths told in the sentence after a raised toll, a body found beside them, are inside it
    text = ("Residents buried four of the people killed when shells hit a bus stop on Sunday, as city authorities "
            "raised the toll from that strike to nine. Two men who were wounded at the bus stop died in hospital on "
            "Tuesday, and the body of a woman who had been listed as missing was identified at the city morgue.")
    assert totals(text, date(2014, 9, 3))[0] == 9


@pytest.mark.parametrize("text, published, expected", [
    # an armed group named by its initials is a party: what it says it killed is its claim
    ("Bogota, 8 Oct 88 (EFE) -- [Text] A communique issued today by the Army's 5th Brigade in Bucaramanga "
     "reports that troops repelled an attack by National Liberation Army (ELN) guerrillas on a patrol guarding a "
     "pumping station. According to the communique, 6 guerrillas and 1 soldier were killed in Thursday's clash, "
     "and another soldier was wounded.\n\nThe ELN, however, in a statement read over a Bucaramanga radio "
     "station, said that its \"Capitan Parmenio\" front killed 8 soldiers on Thursday and suffered no "
     "casualties.", date(1988, 10, 8), (7, 1, None)),
    # a killing told in the pluperfect on a fronted earlier day is an earlier event
    ("Guerrillas attacked the local police station, killing two police officers. One guerrilla died in the "
     "gunfight. On 3 May, the group had killed 11 peasants in an Ayacucho village.", date(1989, 5, 12),
     (3, 0, None)),
])
def test_group_by_its_initials_and_a_fronted_earlier_killing(text, published, expected):
    assert totals(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "Sources differ ...: one report states that nine passengers died": another source's count
    ("On 11 June 2007, assailants fired on a passenger van near Yala. Eight passengers were killed and two were "
     "wounded. Sources differ on the number of victims: one report states that nine passengers died.",
     date(2007, 6, 11), (8, 2, None)),
    # after "This is the 7th bomb ... since 18 August", "Altogether, these attacks have left 19 people dead" is
    # the run's toll, not a sum of the news
    ("A CAR BOMB EXPLODED OUTSIDE A BANK TODAY, KILLING 3 PEOPLE AND INJURING AT LEAST 34. THIS IS THE 7TH BOMB TO "
     "EXPLODE IN MEDELLIN SINCE 18 AUGUST. ALTOGETHER, THESE ATTACKS HAVE LEFT 19 PEOPLE DEAD AND MORE THAN 200 "
     "INJURED.", date(1989, 9, 12), (3, 34, 19)),
])
def test_sources_differ_and_a_run_of_attacks_summed(text, published, expected):
    assert totals(text, published) == expected


def test_first_report_other_papers_and_the_later_count():
    # a first account, another source's higher figure ("as high as 45"), then the count told later
    text = ("A car bomb exploded in the vegetable market of Tyre on 9 October 1985. Initial reports said at least 32 "
            "people were killed and more than 100 wounded; some Beirut newspapers gave figures as high as 45 dead. "
            "Lebanese police later said that 37 people had died, including nine children.")
    figures = extract_figures(text, date(1985, 10, 9))
    assert [(f.best, f.qualifier) for f in figures if f.best == 45] == [(45, "up_to")]
    assert totals(text, date(1985, 10, 9)) == (37, 100, None)


def test_a_raised_toll_takes_in_the_attacker_killed_with_his_victims():
    # "killing himself and six police officers ... bringing the death toll to eight": he is in the toll
    text = ("An attacker drove a car packed with explosives into the police headquarters on Monday and detonated it, "
            "killing himself and six police officers and injuring 23 people. One of the injured died of his wounds "
            "on Tuesday, bringing the death toll to eight.")
    assert totals(text, date(2012, 5, 16)) == (8, 23, 8)


def test_a_superlative_is_no_person():
    # "the largest, at Bentalha ..., is thought to have killed more than 200 people": the count is the
    # other massacre's, no one person killed
    text = "The largest, at Bentalha on 22 September, is thought to have killed more than 200 people."
    assert [(f.kind, f.best, f.victims) for f in extract_figures(text, date(1997, 9, 23))] == [("killed", 200, "person")]


def test_a_toll_raised_days_after_takes_in_the_first_dead_told_after_it():
    # "raising the death toll from the attack to 26 ... Twenty-four people died at the scene ... on
    # Thursday": the 24 are inside the 26, though told after it and days before
    text = ("Two more victims of last week's bus bombing died in hospital on Monday, raising the death toll from the "
            "attack to 26, police said. The bomb went off as passengers were boarding at the bus stand. Twenty-four "
            "people died at the scene or on the way to hospital on Thursday.")
    assert totals(text, date(1998, 6, 23))[0] == 26


def test_revised_counts_and_the_dead_since_who_are_among_the_toll():
    # "include three who died of their injuries since Sunday" are among the toll, no running count;
    # "was also revised, to 52 from 60" is the count of the hurt
    text = ("Officials revised the death toll from Saturday's bombing to 31, down from 36. The 31 dead include three "
            "who died of their injuries since Sunday, the health director said. The number of wounded was also "
            "revised, to 52 from 60.")
    assert totals(text, date(2016, 2, 11)) == (31, 52, 31)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the police hurt in their own gunbattle are not among the farm laborers the gunmen fired on
        ("Gunmen opened fire on a group of farm laborers near the village on Monday evening, killing six and "
         "wounding nine, police said.\n\nPolice, meanwhile, said they had killed three militants in a gunbattle "
         "near the town. One policeman was hurt.", (9, 10, None)),
        # (but a policeman hurt when the gunmen fired on a police patrol is one of its wounded)
        ("Gunmen opened fire on a police patrol near the village on Monday evening, killing six and wounding "
         "nine, police said. One policeman was hurt badly.", (6, 9, None)),
    ],
)
def test_people_fired_on_name_the_side_of_bare_counts(text, expected):
    assert totals(text, date(1989, 2, 14)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the dead in a government-held district are no part of the raids' dead in rebel-held towns
        ("Air raids kill at least 23 civilians near Aleppo\n\nWarplanes carried out raids on rebel-held towns north "
         "of Aleppo on Wednesday, killing at least 23 civilians, a monitor said. State media said rebel shelling of "
         "a government-held district of the city had killed three people on Tuesday evening.", (26, 0, None)),
        # (but three people told in a sentence of the same side's places may be among them)
        ("Warplanes carried out raids on rebel-held towns north of Aleppo on Wednesday, killing at least 23 "
         "civilians, a monitor said. In one rebel-held village, three people were killed in their home.", (23, 0, None)),
    ],
)
def test_the_two_sides_of_the_front_are_apart(text, expected):
    assert totals(text, date(2016, 2, 17)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a spokesman's later, exact count of the hurt replaces the lede's open one
        ("A suicide bomber blew himself up among protesters on Tuesday, killing at least 32 people and wounding "
         "more than 120, officials said. A spokesman for the governor later gave a toll of 32 dead and 128 "
         "wounded.", (33, 128, 32)),
        ("A bomb went off in the grain market on Friday. At least 30 people were killed and more than 60 others "
         "were injured. By the following morning the agency's count of the dead had risen to 27, and it said "
         "that 64 people had been treated for injuries.", (30, 64, None)),
        # (but another source's count, told beside it, is listed only)
        ("At least five people were killed and more than 20 wounded on Thursday in a bomb blast, a monitor said. "
         "State television also reported the blast, saying four people had been killed and 22 wounded.",
         (5, 20, None)),
    ],
)
def test_a_later_exact_count_of_the_hurt_replaces_an_open_one(text, expected):
    assert totals(text, date(2018, 9, 11)) == expected


def test_an_entry_opening_with_no_figure_dates_its_event_by_the_opening():
    # the opening gives the siege's days in words, so the soldier who died two days after the
    # assault, months before publication, is the entry's own news
    text = ("The Kasama lodge siege was a hostage-taking by rebels at a tourist lodge in western Uganda. It began "
            "on the evening of 12 June 1998 and ended two days later when troops stormed the building.\n\n"
            "Rescue\n\nShortly before dawn on 14 June, commandos entered the lodge. All five hostage-takers were killed "
            "in the assault. Eleven people were injured, among them three soldiers. One of the wounded soldiers died "
            "in hospital on 16 June.")
    assert totals(text, date(1998, 9, 1))[0] == 6


def test_sources_that_differ_on_the_toll_tell_the_incident_dead():
    # the toll the sources differ on is the incident's count, each source's figure another account
    # of it ("while ... counted"), and the coder's best estimate of civilian deaths wins
    text = ("ADF fighters entered the village of Mayangose on 2 May 2015 and attacked residents with machetes. "
            "Sources differ on the toll: MONUSCO reported that 9 bodies had been recovered, while local groups "
            "counted 14 dead. UCDP records a best estimate of 11 civilian deaths for the event. A further 5 people "
            "were reported wounded.")
    figures = extract_figures(text, date(2015, 12, 31))
    assert not [f for f in figures if f.kind == "death_toll"]
    assert totals(text, date(2015, 12, 31)) == (11, 5, None)


def test_a_toll_named_for_the_car_bombs_replaces_the_first_count():
    # "killed by the twin car bombs ... rose to 22": one attack's toll, with the dead that raised it
    text = ("The number of people killed by the twin car bombs on Tarata Street rose to 22, officials said on Monday, "
            "after two of the injured died in hospital and the body of a teenage girl was recovered from the rubble. "
            "More than 150 people were hurt when the two vehicles blew up on Thursday. Police initially counted 18 "
            "dead on Thursday night.")
    assert totals(text, date(1992, 7, 20)) == (22, 150, 22)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "up to 20" of another day's strike is no higher estimate of the mortar fire's dead
        ("Families said mortar rounds fired by the militants killed at least 12 civilians on Wednesday. The "
         "monitoring group Airwars said it was examining reports that a coalition air strike on Tuesday killed up "
         "to 20 civilians.", (32, 0, None)),
        # (but of the same day it is another source's higher count)
        ("Families said mortar rounds fired by the militants killed at least 12 civilians on Wednesday. Local "
         "television reported that the shelling on Wednesday killed up to 20 civilians.", (12, 0, None)),
    ],
)
def test_up_to_is_another_estimate_only_of_the_same_day(text, expected):
    assert totals(text, date(2017, 5, 18)) == expected


def test_a_partys_count_of_its_own_supporters_as_an_object_is_its_account():
    # "said security forces had shot dead more than 60 of its supporters": the party's own people,
    # its account of the dead the minister counted, listed only
    text = ("At least 22 people were killed in Kinshasa on Monday as police clashed with opposition supporters, the "
            "interior minister said. The main opposition coalition said security forces had shot dead more than 60 "
            "of its supporters.")
    assert totals(text, date(2016, 9, 20)) == (22, 0, None)


def test_a_count_the_attack_initially_left_yields_to_the_raised_toll():
    text = ("Five more victims of last week's bombing at the motor park have died in hospital, raising the number "
            "killed in the attack to 29, the agency said on Wednesday. The explosion at the motor park on June 24 "
            "initially left 24 people dead and 61 injured, according to the first official count.")
    assert totals(text, date(2014, 7, 2)) == (29, 61, 29)


def test_a_party_named_at_length_then_an_aside_makes_a_claim():
    # "The Liberation Tigers of Tamil Eelam, in a statement ..., put government losses at 35 dead and
    # said more than 60 soldiers were wounded": the rebels' claim beside the ministry's report
    text = ("Troops killed 27 rebels in fighting on the northern front on Wednesday, the military said. The defence "
            "ministry said four soldiers were killed and 19 wounded in the clashes. The Liberation Tigers of Tamil "
            "Eelam, in a statement on a pro-rebel website, put government losses at 35 dead and said more than 60 "
            "soldiers were wounded.")
    assert totals(text, date(2008, 10, 9)) == (31, 19, None)


def test_bodies_counted_by_a_later_hour_update_the_ledes_count():
    text = ("An express slammed into a stationary goods train early on Thursday, killing at least 38 people and "
            "injuring more than 150, railway officials said. The district magistrate said by mid-afternoon that 43 "
            "bodies had been pulled from three mangled coaches.")
    assert totals(text, date(2009, 1, 2)) == (43, 150, None)


def test_the_attackers_a_toll_left_out_are_counted_beside_it():
    # "did not include the attackers: all five ... were killed": the five are the attackers, outside the 15
    text = ("Militants set off a car bomb at the gate of a hotel on Saturday and then stormed the building. At least "
            "15 people were killed, police said, including 11 civilians and four soldiers. The figure did not include "
            "the attackers: all five, among them the driver of the suicide car bomb, were killed, he said.")
    assert totals(text, date(2019, 6, 16)) == (20, 0, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # insurgents killed in another labelled item of a roundup do not hide the bomber who blew himself up
        ("The following are security incidents reported on Wednesday.\n\nMOSUL - A suicide bomber blew himself up at a "
         "police checkpoint, killing two policemen and a civilian.\n\nKIRKUK - A roadside bomb wounded three soldiers."
         "\n\nFALLUJA - U.S. forces said they killed five insurgents in a raid.", (9, 3, None)),
        # a driver the police call the suicide bomber is the bomber, not one more dead
        ("A car bomb exploded at a police checkpoint on Sunday, killing five people and wounding nine, police said. "
         "The driver, whom police described as a suicide bomber, also died in the blast.", (6, 9, None)),
    ],
)
def test_the_implied_bomber_in_roundups_and_as_the_driver(text, expected):
    assert totals(text, date(2007, 3, 14)) == expected


def test_a_spokesman_for_the_rebels_and_adjectives_of_two_sides():
    # "23 pro-government fighters and 31 rebel and jihadist fighters also died": two groups, the
    # second named by two adjectives; "A spokesman for the rebel operations room said ...": a claim
    text = ("Warplanes struck rebel-held districts on Thursday, killing at least 19 civilians, a monitor said. The "
            "monitor said 23 pro-government fighters and 31 rebel and jihadist fighters also died in ground battles. "
            "A spokesman for the rebel operations room said opposition fighters had repelled three assaults and "
            "killed more than 40 soldiers.")
    assert totals(text, date(2016, 8, 12)) == (73, 0, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a "where ... since" aside tells the place's running count, not the count after it
        ("CHIHUAHUA - In Ciudad Juarez, where more than 8,000 people have been killed since 2008, five people were "
         "murdered in separate attacks on Tuesday, police said.", (5, 0, 8000)),
        # attackers killed in another labelled item of a roundup do not hide the bomber who blew himself up
        ("Afghanistan security roundup\n\nThe main security incidents reported on Monday:\n\nKABUL - Gunmen attacked a police station. All three "
         "attackers were killed after a gunbattle.\n\nKUNDUZ - A suicide bomber on a motorcycle blew himself up near "
         "the convoy of the police chief. Two of his bodyguards were wounded.", (4, 2, None)),
    ],
)
def test_roundup_items_keep_their_own_counts(text, expected):
    assert totals(text, date(2011, 6, 20)) == expected


def test_the_high_end_of_a_range_told_again_is_one_source_of_it():
    text = ("On 10 March 2017, coalition aircraft struck a fishing boat off the coast. Reports vary between 8 and 12 "
            "fishermen killed; the lowest figure is coded. Saba reported 12 fishermen killed and 3 missing.")
    assert totals(text, date(2017, 3, 10)) == (8, 0, None)


def test_ucdps_estimate_for_the_battle_and_the_dyads_year():
    # "UCDP's estimate for the battle is 410": the coder's count over the government's; "which
    # exceeded 500 battle-related deaths" is the dyad's year, more than 500
    text = ("On 2 February 2008 a rebel column fought its way into N'Djamena. The government later stated that 160 "
            "civilians had been killed and about 1,000 wounded. UCDP's estimate for the battle is 410 battle-related "
            "deaths, with a low of 320 and a high of 700. The battle accounted for most of the dyad's 2008 total, "
            "which exceeded 500 battle-related deaths.")
    figures = extract_figures(text, date(2008, 12, 31))
    assert [(f.best, f.qualifier) for f in figures if f.kind == "death_toll"] == [(500, "more_than")]
    assert totals(text, date(2008, 12, 31)) == (410, 1000, 500)


def test_a_toll_officials_later_revised_outweighs_survivors_account():
    text = ("Armed men entered the hamlet during the night and killed residents with knives and shotguns. The "
            "government initially reported 64 dead. Survivors quoted by foreign journalists said more than 150 people "
            "had been killed and that the attackers carried off about 20 young women. Officials later revised the toll "
            "to 98 killed and 41 wounded.")
    assert totals(text, date(1997, 8, 29)) == (98, 41, 98)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a health department's final tally is the event's last count of the hurt, no running count
        ("A car bomb killed 26 people and injured more than 100 on Thursday. Doctors said they had received hundreds "
         "of patients, but the provincial health department's final tally was 112 injured.", (26, 112, None)),
        # the count a revision gave, after a first account in the same sentence, is the update
        ("Three people were killed and more than 40 were injured in the explosions. Early media reports had put the "
         "number of injured as high as 60, a figure later revised downward by the provincial health office, which "
         "recorded 43 injured.", (3, 43, None)),
    ],
)
def test_final_tallies_and_revised_counts_of_the_hurt(text, expected):
    assert totals(text, date(2009, 11, 19)) == expected


def test_a_dyads_year_estimate_is_a_running_count():
    text = ("Large-scale fighting resumed during 2006. UCDP's best estimate of battle-related deaths in the dyad for "
            "the calendar year is 4,126, within a range of 3,870 to 4,950.")
    figures = extract_figures(text, date(2007, 6, 1))
    assert [(f.kind, f.best, f.rule) for f in figures] == [("death_toll", 4126, "coded_year_toll")]
    assert totals(text, date(2007, 6, 1)) == (0, 0, 4126)
