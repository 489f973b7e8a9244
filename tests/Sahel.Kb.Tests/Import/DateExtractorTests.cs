using Sahel.Kb.Domain;
using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

public class DateExtractorTests
{
    public static TheoryData<ArticleKind, string, string> Phrasings => new()
    {
        { ArticleKind.Event, "The battle took place between November 10 and 14, 2023, in the north.", "start 2023-11-10 day; end 2023-11-14 day" },
        { ArticleKind.Event, "The raid took place from 2 to 5 March 2019.", "start 2019-03-02 day; end 2019-03-05 day" },
        { ArticleKind.Event, "The Testi clashes of 2019 were fought in August 2019 in the Testi area of northern Chad.", "start 2019-08 month" },
        // A month and a day, the year written once: each end at its own precision.
        { ArticleKind.Event, "The siege of Testalit took place from February to 11 March 2012, when rebels surrounded a camp.", "start 2012-02 month; end 2012-03-11 day" },
        { ArticleKind.Event, "The siege of Testalit took place from 20 February to March 2012.", "start 2012-02-20 day; end 2012-03 month" },
        { ArticleKind.Event, "On the night of 24 May 2021, the army arrested the president.", "start 2021-05-24 day" },
        { ArticleKind.Event, "The siege began in January 2013 and ended in 2014.", "start 2013-01 month; end 2014 year" },
        // A kidnapping told from its hostage: taken on one day, freed on another; a death within a fight is no start.
        { ArticleKind.Event, "Testa Pétronin, a French aid worker, was kidnapped on 24 December 2016 in Gao. She was held for almost four years and released on 8 October 2020 with others.", "start 2016-12-24 day; end 2020-10-08 day" },
        { ArticleKind.Event, "John Test, an American aid worker, was kidnapped on 14 October 2016 from his home in Testalak. He was held by the Islamic State in the Greater Test and later by Jama'at Nasr al-Test wal Muslimin, and was released on 20 March 2023.", "start 2016-10-14 day; end 2023-03-20 day" },
        { ArticleKind.Event, "The 2019 Testanian presidential election was held on 22 June 2019. John Test won in the first round.", "start 2019-06-22 day" },
        { ArticleKind.Event, "The Test kidnapping took place on the night of 11 December 2020, when gunmen abducted 344 boys from a school. The boys were released on 17 December 2020 after talks.", "start 2020-12-11 day; end 2020-12-17 day" },
        { ArticleKind.Event, "The town held out for a week. Its commander was killed on 12 March 2013.", "" },
        { ArticleKind.Event, "The town held out for a week. The commander died on 12 March 2013.", "" },
        // A death told from the man who died: the day he died.
        { ArticleKind.Event, "Testiss Déby, the President of Testland since 1990, died on 20 April 2021 of wounds received at the front.", "start 2021-04-20 day" },
        { ArticleKind.Person, "Iyad (, also Ag Ghali; born 1954), is a militant.", "born 1954 year" },
        { ArticleKind.Person, "Fahad (died 1 December 2024) was a militant.", "died 2024-12-01 day" },
        { ArticleKind.Person, "Ibrahim (1970 – 2011) was a rebel.", "born 1970 year; died 2011 year" },
        // Each end uncertain.
        { ArticleKind.Person, "Sundiata (c. 1217 – c. 1255) was a king.", "born 1217 year circa; died 1255 year circa" },
        { ArticleKind.Person, "Hassan, born around 1959 or 1966, was a soldier.", "" },
        { ArticleKind.Person, "He is thought to be born at the end of the 1950s.", "" },
        { ArticleKind.Group, "The mission was established on 25 April 2013 by a resolution, and was terminated over a decade later on 30 June 2023.", "founded 2013-04-25 day; dissolved 2023-06-30 day" },
        { ArticleKind.Group, "It formed in Mali during the war in 2014. The group was founded on 28 October 2014 as an alliance.", "founded 2014-10-28 day" },
        { ArticleKind.Group, "The coalition was formed on 6 May 2021, as an alliance.", "founded 2021-05-06 day" },
        // A junta begins when it takes power; a coup attempt opens with its days, however far.
        { ArticleKind.Group, "The Test Committee was the military junta that seized power in Mali on 22 March 2012.", "founded 2012-03-22 day" },
        { ArticleKind.Event, "The 2012 Testian counter-coup was an attempt by paratroopers of the Test Regiment to overthrow the military junta of Captain Test on 30 April and 1 May 2012.", "start 2012-04-30 day; end 2012-05-01 day" },
        // Another body the subject holds, named before "founded" and a comma, has its own year; the subject between commas is dated.
        { ArticleKind.Region, "Testa is a city in northern Nigeria. It is home to Ahmadu Test University, founded in 1962.", "" },
        { ArticleKind.Region, "Testare is a town in Bauchi State, Nigeria. The town is the seat of the Testare Emirate, founded in 1811 by Muhammadu Test.", "" },
        { ArticleKind.Region, "Testna is a town in Burkina Faso. It is the seat of a Catholic diocese created in 1947, and its army post has been attacked.", "" },
        { ArticleKind.Region, "Testna is a town in Burkina Faso and the seat of the province, founded in 1901 by traders.", "founded 1901 year" },
        { ArticleKind.Region, "Testkandi is a village in northern Testo. Its army post, set up in 2021 after incursions, was attacked in May 2022.", "" },
        { ArticleKind.Region, "Testa Sola is a town in Chad. The Dar es Test refugee camp, opened near it in January 2015, held 8,000 people.", "" },
        { ArticleKind.Region, "Testo Toro is a village in the Borkou Province, known for its high-security prison, opened in 2011.", "" },
        // What the subject's people formed, named after "a", is another body: not the place's founding.
        { ArticleKind.Region, "Testi is an oasis in the Tibesti Region of Chad. Its Toubou inhabitants formed a self-defence committee in 2018 after raids.", "" },
        { ArticleKind.Group, "The Test Union is a rebel coalition. Its leaders formed an alliance with the RFC in 2008, and it was founded in October 2006.", "founded 2006-10 month" },
        { ArticleKind.Event, "Black Thursday was the violent repression of protests in Testland on 20 October 2022, the day power was to be handed over.", "start 2022-10-20 day" },
        { ArticleKind.Event, "The Test attack took place before dawn on 11 May 2022, when jihadists attacked a post of the army.", "start 2022-05-11 day" },
        { ArticleKind.Event, "The July 2025 attacks in western Testia were coordinated attacks by Jama'at Test on army camps and posts in seven towns of western Testia on 1 July 2025.", "start 2025-07-01 day" },
        { ArticleKind.Event, "The Testah talks were negotiations between two forces held in Testah, Testia, from 6 May 2023, under mediation.", "start 2023-05-06 day" },
        { ArticleKind.Group, "The Test Front, founded in 2011, is an armed group.", "founded 2011 year" },
        { ArticleKind.Region, "This area was created as a separate region in 1991.", "founded 1991 year" },
        { ArticleKind.Agreement, "The agreement was signed on May 15 and June 20, 2015, in Bamako.", "signed 2015-05-15 day; signed 2015-06-20 day" },
        { ArticleKind.Agreement, "It was terminated by the Malian government on January 25, 2024, amid conflict.", "end 2024-01-25 day" },
        { ArticleKind.Person, "In 2008, he was appointed as a diplomat.", "" },
        // A number after a document word is no year: a false date is worse than none.
        { ArticleKind.Group, "The mission was created by Security Council Resolution 2100 to stabilise the country.", "" },
        { ArticleKind.Group, "It was established under Decree No. 2012 of the transitional government.", "" },
        { ArticleKind.Group, "It was founded under Article 1991 in 2004.", "founded 2004 year" },
        { ArticleKind.Region, "The region was created by Law 2012 in 2016.", "founded 2016 year" },
        // "early", "mid", "late" place a year or a month; they are no hedge.
        { ArticleKind.Event, "The insurgency began in late 2011 in the north.", "start 2011 year late" },
        { ArticleKind.Group, "The group was formed in early 2012 by defectors.", "founded 2012 year early" },
        { ArticleKind.Group, "The militia was dissolved in mid-2013 after the offensive.", "dissolved 2013 year mid" },
        { ArticleKind.Event, "The fighting began in early October 2012 near Gao.", "start 2012-10 month early" },
        // A date without its year takes the year the summary gave last, and only then.
        { ArticleKind.Event, "The junta ordered the mission to leave by the end of 2023. The offensive began on November 10 near Anefis.", "start 2023-11-10 day" },
        { ArticleKind.Event, "The offensive began on November 10 near Anefis.", "" },
        { ArticleKind.Event, "It followed Resolution 2100. The offensive began on November 10 near Anefis.", "" },
        // Steps within an event, kept with what happened; a step on the event's last day is its end, not a step.
        { ArticleKind.Event, "The mission had to leave by the end of 2023. Troops captured the town of Tessalit and its base in late October after clashes.", "step 2023-10 month late" },
        { ArticleKind.Event, "The battle took place between November 10 and 14, 2023. The army captured the city on November 14, for the first time.", "start 2023-11-10 day; end 2023-11-14 day" },
        { ArticleKind.Event, "The offensive took place in 2023. The forces then captured the regional capital of Kidal in the Battle of Kidal on November 14, and left.", "start 2023 year; step 2023-11-14 day" },
        { ArticleKind.Group, "In 2013 it captured the town of Gao on 1 February 2013.", "" },
        // (Not another deed that befell others: "ten workers seized in Testza in May".)
        { ArticleKind.Event, "The kidnapping took place on 27 July 2014. The hostages were freed on 11 October 2014 together with ten Chinese workers seized in Testza in May.", "start 2014-07-27 day; end 2014-10-11 day" },
        // An event's opening names what it was and when; a night may span two days.
        { ArticleKind.Event, "The Nassoumbou attack was an attack on 16 December 2016 on an army post in Nassoumbou.", "start 2016-12-16 day" },
        { ArticleKind.Event, "The Solhan massacre took place on the night of 4–5 June 2021 in Solhan, when gunmen killed civilians.", "start 2021-06-04 day; end 2021-06-05 day" },
        { ArticleKind.Event, "The Hane ambush was a battle in northern Mali near Hane, fought by the army in 2019.", "" },
        { ArticleKind.Event, "On the night of 14–15 April 2014, 276 students were kidnapped from a school in Chibok.", "start 2014-04-14 day; end 2014-04-15 day" },
        { ArticleKind.Event, "On 20 January 2015, helicopters of the mission struck rebel positions.", "start 2015-01-20 day" },
        // A series of protests is dated by the month the opening gives, not by a day of one of them.
        { ArticleKind.Event, "The Test uprising was a series of mass protests in Burkina Faso in October 2014 against the president. On 30 October 2014 protesters set fire to the assembly.", "start 2014-10 month" },
        // An end a war came to, with its day; not another's span it ended.
        { ArticleKind.Event, "The war was the last phase of the conflict. It ended with a ceasefire on 11 September 1987.", "end 1987-09-11 day" },
        // The span an event's opening name gives is its own; another event's name is not.
        { ArticleKind.Event, "The Tuareg rebellion of 1990–1995 was an armed uprising in the north.", "start 1990 year; end 1995 year" },
        { ArticleKind.Event, "The Tamanrasset talks were a meeting. It ended the Tuareg rebellion of 1990–1995 in Mali.", "" },
        // A series of attacks is dated by the day its opening gives; not by the day of what it answered.
        { ArticleKind.Event, "The Test attacks were a series of coordinated bombings and shootings carried out by Boko Test in Kano, the largest city of northern Nigeria, on 20 January 2012.", "start 2012-01-20 day" },
        { ArticleKind.Event, "The Test massacre was a series of reprisal killings carried out in May 1990 by the army in Testou, after youths had attacked the prison on 7 May 1990.", "start 1990-05 month" },
        // Who founded it and where, then when; who proclaimed it, then when.
        { ArticleKind.Group, "The Test Council was the military junta proclaimed by the Test Regiment of Presidential Security on 17 September 2015.", "founded 2015-09-17 day" },
        // A splinter begins when it breaks away; a body ends when the sentence's opening date says it merged, not a date before another deed.
        { ArticleKind.Group, "The Test Jihad was an organisation that broke away from al-Qaeda in the Islamic Test in late 2011.", "founded 2011 year late" },
        { ArticleKind.Group, "Testaru is a jihadist group in north-western Nigeria that emerged from Testo Haram in January 2012.", "founded 2012-01 month" },
        { ArticleKind.Group, "The Test Jihad was a jihadist group. In August 2013 it merged with the Test Brigade to form Al-Test.", "dissolved 2013-08 month" },
        { ArticleKind.Group, "The Test Brigade was a jihadist group. In December 2015 it rejoined AQIM, and in March 2017 it merged into the Test Front.", "" },
        // A number of attacks on a day; a city founded under another name by someone.
        { ArticleKind.Event, "The Test bombings were two suicide attacks on 15 June 2015 against the police.", "start 2015-06-15 day" },
        { ArticleKind.Event, "The Test and Testo attacks were two simultaneous assaults on 30 September 2019 by the Test Front.", "start 2019-09-30 day" },
        { ArticleKind.Region, "Testamena is the capital of Chad. It was founded as Fort-Test by the French in 1900.", "founded 1900 year" },
        // A ruling body's years.
        { ArticleKind.Group, "The Test Council was the ruling body of Burkina Faso from 4 August 1983 to 15 October 1987.", "founded 1983-08-04 day; dissolved 1987-10-15 day" },
        // A day, then a year alone: the year is the second end's own.
        { ArticleKind.Group, "The Test Council was the military junta that ruled Niger from 15 April 1974 to 1989.", "founded 1974-04-15 day; dissolved 1989 year" },
        // A junta that has ruled since a coup began with it.
        { ArticleKind.Group, "The Test Movement is the military junta that has ruled Burkina Faso since the coup of January 2022.", "founded 2022-01 month" },
        { ArticleKind.Group, "Boko Test is a jihadist group, founded by the preacher Mohammed Test in Maiduguri in 2002.", "founded 2002 year" },
        // What is held again and again began with its first, and goes on.
        { ArticleKind.Event, "The Test Rally is an annual off-road rally, first held from December 1978 to January 1979 from Paris to Dakar.", "start 1978-12 month" },
        // A place that was opened began then; a force that opened fire did not.
        { ArticleKind.Region, "Modibo Test International Airport is the main airport of Mali. Opened in 1974, it is named after Modibo Test.", "founded 1974 year" },
        { ArticleKind.Group, "The Test Front is a rebel group. It opened fire on a convoy in 2019.", "" },
        // What the event answered is no step of it.
        { ArticleKind.Event, "The killings were carried out in May 1990, after rebels had attacked the prison on 7 May 1990.", "start 1990-05 month" },
        // Killings over two months; a police's years; a state that another was made from has no founding of its own.
        { ArticleKind.Event, "The Test massacres were a series of killings of civilians in the Test Region of Mali in April and May 2018, during the Test War.", "start 2018-04 month; end 2018-05 month" },
        { ArticleKind.Group, "The Test Directorate was the political police of Chad, created in January 1983 and dissolved in December 1990 after his fall.", "founded 1983-01 month; dissolved 1990-12 month" },
        { ArticleKind.Region, "Test State is a state in north-western Nigeria. Its capital is Test. Testina State was created from its northern part in 1987.", "" },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Each_phrasing_gives_its_labelled_dates_at_their_precision(ArticleKind kind, string text, string expected)
    {
        var dates = DateExtractor.Extract(kind, text);

        Assert.Equal(expected, string.Join("; ", dates.Select(d => $"{d.Label.ToString().ToLowerInvariant()} {d.Value} {d.Precision.ToString().ToLowerInvariant()}{(d.Qualifier is null ? "" : " " + d.Qualifier)}")));
    }

    [Fact]
    public void A_step_keeps_what_happened_in_the_texts_words()
    {
        var step = Assert.Single(DateExtractor.Extract(ArticleKind.Event,
            "The offensive took place in 2023. Malian and allied troops captured the town of Tessalit and its MINUSMA base in late October after clashes."),
            d => d.Label == DateLabel.Step);

        Assert.Equal("captured the town of Tessalit and its MINUSMA base", step.Event);
        Assert.Equal("late", step.Qualifier);
        Assert.Equal("2023-10", step.Value);
    }

    [Fact]
    public void A_date_keeps_the_words_it_came_from()
    {
        var date = Assert.Single(DateExtractor.Extract(ArticleKind.Group, "It was founded on 28 October 2014 in Algiers."));

        Assert.Equal("founded on 28 October 2014", date.Words);
    }

    [Fact]
    public void A_year_alone_is_never_given_a_day()
    {
        var date = Assert.Single(DateExtractor.Extract(ArticleKind.Person, "Someone (born 1954) is a militant."));

        Assert.Equal("1954", date.Value);
        Assert.Equal(DatePrecision.Year, date.Precision);
    }

    [Fact]
    public void An_impossible_day_is_not_a_date()
    {
        Assert.Empty(DateExtractor.Extract(ArticleKind.Person, "Someone (died 31 February 2020) was a militant."));
    }
}

public sealed class DatePeriodTests
{
    [Theory]
    [InlineData("Between March and August 2022, Almahmoud served as the president of the coalition.", "2022-03", "2022-08")]
    [InlineData("He served as the secretary-general of GATIA from its formation in 2014 until 2023, when he split.", "2014", "2023")]
    [InlineData("He has led the group since 2019.", "2019", null)]
    // What ended a period, dated in the same clause; not a date past it.
    [InlineData("He was President of Testland from 29 December 2015 until he was overthrown on 24 January 2022.", "2015-12-29", "2022-01-24")]
    [InlineData("He was President of Testland from 2015 until he was deposed in the coup of January 2022.", "2015", "2022-01")]
    [InlineData("He served as President of Testland from 2015 until his overthrow in the January 2022 coup d'état.", "2015", "2022-01")]
    [InlineData("He was Prime Minister of Testland from 2019 until the coup of 18 August 2020.", "2019", "2020-08-18")]
    [InlineData("He was President of Testland from April 2021 until he was removed from power by the army on 26 July 2023.", "2021-04", "2023-07-26")]
    [InlineData("It was led by Testa Dicko until his death in 2019.", null, "2019")]
    [InlineData("He was President of Testland from 1990 until he fled to Testegal, where he died in 2006.", "1990", null)]
    [InlineData("He was President of Testland from 1990 until he fled abroad and died in 2006.", "1990", null)]
    [InlineData("He chaired the Testa Council until he resigned to stand in the election of July 2009.", null, null)]
    [InlineData("He was President of Testland from 1990 until he fled to Testegal in 2006.", "1990", "2006")]
    // A deed "after" which it began, dated in the sentence's opening clause.
    [InlineData("After Testuf was killed in police custody in 2009 it was led by Abubakar Test until his death in May 2021.", "2009", "2021-05")]
    [InlineData("After his death in May 2017 it was led by his brother Jafar Test.", "2017-05", null)]
    [InlineData("It was led by Abubakar Test after 2009, when its founder died in 2009.", null, null)]
    [InlineData("He led the group.", null, null)]
    public void A_sentence_gives_the_period_it_states(string sentence, string? from, string? to) =>
        Assert.Equal((from, to), Sahel.Kb.Import.DateExtractor.Period(sentence));
}
