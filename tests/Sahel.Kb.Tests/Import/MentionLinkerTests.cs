using Sahel.Kb.Import;
using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Import;

public class MentionLinkerTests
{
    private static LinkResult Link(params (int Id, string Title, string Summary)[] articles) =>
        MentionLinker.Link(articles.Select(a => new LinkInput(a.Id, a.Title, a.Summary, [])).ToList());

    [Fact]
    public void The_longest_name_wins()
    {
        var result = Link(
            (1, "Kidal", "Kidal is a town."),
            (2, "Kidal Region", "Kidal Region is a region."),
            (3, "Gao", "Gao borders the Kidal Region and the town of Kidal."));

        var mentions = result.Mentions.Where(m => m.SourceId == 3).Select(m => (m.TargetId, m.Text)).ToList();
        Assert.Equal([(2, "Kidal Region"), (1, "Kidal")], mentions);
    }

    [Fact]
    public void A_place_named_with_its_kind_of_area_links_to_the_place_whole()
    {
        var result = Link(
            (1, "Testere, Nigeria", "Testere is a Local Government Area of Borno State, Nigeria."),
            (2, "Testmari", "Testmari is a village in the Testere Local Government Area of Borno State."));

        var mention = Assert.Single(result.Mentions, m => m.SourceId == 2);
        Assert.Equal((1, "Testere Local Government Area"), (mention.TargetId, mention.Text));
    }

    [Fact]
    public void A_name_in_a_list_of_states_is_the_state_not_the_city()
    {
        var result = Link(
            (1, "Testano", "Testano is a city."),
            (2, "Testano State", "Testano State is a state of Nigeria."),
            (3, "Testuchi State", "Testuchi State is a state of Nigeria."),
            (4, "Test uprising", "It was fought in the northern states of Testuchi, Testano and Testobe. It spread to Testano."));

        var mentions = result.Mentions.Where(m => m.SourceId == 4).Select(m => (m.TargetId, m.Text)).ToList();
        Assert.Equal([(3, "Testuchi"), (2, "Testano"), (1, "Testano")], mentions);
    }

    [Fact]
    public void Names_match_without_case_or_diacritics_and_only_as_whole_words()
    {
        var result = Link(
            (1, "Ménaka Region", "A region."),
            (2, "Gao", "Raids reached the Menaka region, not Ménakaville."));

        var mention = Assert.Single(result.Mentions);
        Assert.Equal("Menaka region", mention.Text);
        Assert.Equal("Raids reached the Menaka region, not Ménakaville.", mention.Sentence);
    }

    [Fact]
    public void An_acronym_given_after_a_name_becomes_an_alias_that_links()
    {
        var result = Link(
            (1, "Coordination Of Azawad Movements", "The Coordination of Azawad Movements is a coalition."),
            (2, "Algiers Accords (2015)", "It was signed with the Coordination of Azawad Movements (CMA). The CMA later left."),
            (3, "Kidal", "The CMA held Kidal."));

        Assert.Contains(result.Aliases[1], a => a.Name == "CMA");
        Assert.Contains(result.Mentions, m => m.SourceId == 3 && m.TargetId == 1 && m.Text == "CMA");
    }

    [Fact]
    public void A_flattened_link_label_becomes_an_alias_of_its_target()
    {
        var result = Link(
            (1, "Algiers Accords (2015)", "The accords ended a war."),
            (2, "Fahad", "He said the Algiers Accords (2015), Algiers Agreement did not work."),
            (3, "Kidal", "Rebels signed the Algiers Agreement in 2015."));

        Assert.Contains(result.Aliases[1], a => a.Name == "Algiers Agreement");
        Assert.Contains(result.Mentions, m => m.SourceId == 3 && m.TargetId == 1);
    }

    [Fact]
    public void A_name_two_articles_share_links_to_neither_and_is_reported()
    {
        var result = Link(
            (1, "Battle Of Kidal (2014)", "A battle."),
            (2, "Battle Of Kidal (2023)", "A battle."),
            (3, "Kidal", "The Battle of Kidal was fought twice."));

        Assert.DoesNotContain(result.Mentions, m => m.SourceId == 3);
        Assert.Contains(result.Warnings, w => w.Contains("battle of kidal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_one_article_is_titled_with_and_another_has_as_an_alias_links_to_the_one_it_titles()
    {
        // "Yacouba Isaac Zida (born 1965) is …" gives "Isaac Zida" its fuller name, which another page titles an article with.
        var result = Link(
            (1, "Isaac Zida", "Yacouba Isaac Zida (born 1965) is an officer."),
            (2, "Yacouba Isaac Zida", "Yacouba Isaac Zida (born 16 November 1965) is an officer."),
            (3, "Koutougou", "The army handed power to Lieutenant Colonel Yacouba Isaac Zida in 2014."));

        Assert.Contains(result.Aliases[1], a => a.Name == "Yacouba Isaac Zida");
        var mention = Assert.Single(result.Mentions, m => m.SourceId == 3);
        Assert.Equal((2, "Yacouba Isaac Zida"), (mention.TargetId, mention.Text));
        Assert.DoesNotContain(result.Wanted, w => w.Name == "Yacouba");
        Assert.Contains(result.Warnings, w => w.Contains("links to the one it titles", StringComparison.Ordinal));
    }

    [Fact]
    public void Capitalised_names_without_an_article_are_wanted()
    {
        var result = Link(
            (1, "Kidal", "In January 2013 Operation Serval reached Kidal with the MNLA. The town was calm."));

        Assert.Equal(["Operation Serval", "MNLA"], result.Wanted.Select(w => w.Name));
    }

    [Fact]
    public void A_place_inside_the_name_of_what_is_named_after_it_is_not_linked()
    {
        var result = Link(
            (1, "Lake Chad", "Lake Chad is a lake."),
            (2, "Diffa", "Diffa lies near Lake Chad. It was reactivated by the Lake Chad Basin Commission in 2015."));

        Assert.Equal(["Lake Chad"], result.Mentions.Where(m => m.SourceId == 2).Select(m => m.Text));
        Assert.Contains("Lake Chad Basin Commission", result.Wanted.Select(w => w.Name));
    }

    [Fact]
    public void A_place_at_the_start_of_a_longer_name_or_inside_a_wars_is_not_linked_but_a_group_is()
    {
        var result = MentionLinker.Link([
            new LinkInput(1, "Testfur", "Testfur is a region.", [], Kind: Sahel.Kb.Domain.ArticleKind.Region),
            new LinkInput(2, "Al-Testeen", "Al-Testeen is a group.", [], Kind: Sahel.Kb.Domain.ArticleKind.Group),
            new LinkInput(3, "John Test", "He headed the Testfur Regional Authority during the War in Testfur, and fought Belmokhtar's Al-Testeen Brigade in Testfur.", [], Kind: Sahel.Kb.Domain.ArticleKind.Person)]);

        Assert.Equal([(2, "Al-Testeen"), (1, "Testfur")], result.Mentions.Where(m => m.SourceId == 3).Select(m => (m.TargetId, m.Text)));
        Assert.Contains("Testfur Regional Authority", result.Wanted.Select(w => w.Name));
        Assert.Contains("War in Testfur", result.Wanted.Select(w => w.Name));
    }

    [Fact]
    public void The_one_an_events_title_is_of_is_wanted_but_not_the_rest_of_its_title()
    {
        var result = MentionLinker.Link([
            new LinkInput(1, "Death of Testiss Déby", "Testiss Déby, the President of Testland, died in 2021.", [], Kind: Sahel.Kb.Domain.ArticleKind.Event),
            new LinkInput(2, "Testland", "Testland is a country.", [], Kind: Sahel.Kb.Domain.ArticleKind.Region),
            new LinkInput(3, "Battle of Testland", "The Battle of Testland was fought in 2008.", [], Kind: Sahel.Kb.Domain.ArticleKind.Event)]);

        Assert.Equal(["Testiss Déby"], result.Wanted.Select(w => w.Name));
    }

    [Fact]
    public void A_place_a_realm_is_named_of_is_not_linked_but_the_realm_is_wanted_whole()
    {
        var result = MentionLinker.Link([
            new LinkInput(1, "Testem Province", "Testem is a province.", [], Kind: Sahel.Kb.Domain.ArticleKind.Region),
            new LinkInput(2, "Testao", "Testao is the capital of the Testem Province. It is the seat of the Sultanate of Testem.", [], Kind: Sahel.Kb.Domain.ArticleKind.Region)]);

        Assert.Equal(["Testem Province"], result.Mentions.Where(m => m.SourceId == 2).Select(m => m.Text));
        Assert.Contains("Sultanate of Testem", result.Wanted.Select(w => w.Name));
    }

    [Fact]
    public void A_city_inside_the_name_of_the_district_it_forms_is_not_linked()
    {
        var result = Link((1, "Niamey", "Niamey is a city."), (2, "Tillabéri Region", "It surrounds the Niamey Capital District."));

        Assert.DoesNotContain(result.Mentions, m => m.SourceId == 2);
        Assert.Contains("Niamey Capital District", result.Wanted.Select(w => w.Name));
    }

    [Fact]
    public void The_last_word_of_a_longer_name_is_not_the_article_that_word_names()
    {
        // "Testbe" alone names the state (its summary opens so); "Komadugu Testbe" is a river. After a possessive,
        // an office or a word that only describes, the name stands alone.
        var result = Link(
            (1, "Testbe State", "Testbe is a state in Nigeria. Testbe borders Niger."),
            (2, "Bosso", "Bosso lies on the Komadugu Testbe river, near Testbe. Governor Testbe and the Nigerian Testbe were Belmokhtar's Testbe."));

        Assert.Equal(["Testbe", "Testbe", "Testbe", "Testbe"], result.Mentions.Where(m => m.SourceId == 2).Select(m => m.Text));
        Assert.Contains("Komadugu Testbe", result.Wanted.Select(w => w.Name));
    }

    [Fact]
    public void A_point_of_the_compass_before_a_place_opens_another_place_s_name()
    {
        // "Testofan" is the region; "South Testofan" and "North Testofan" are its states, wanted whole.
        var result = Link(
            (1, "Testofan", "Testofan is a region of central Sudan."),
            (2, "John Test", "Born in Dibetest, in South Testofan, he died in North Testofan. He worked across Testofan."));

        Assert.Equal(["Testofan"], result.Mentions.Where(m => m.SourceId == 2).Select(m => m.Text));
        Assert.Contains("South Testofan", result.Wanted.Select(w => w.Name));
        Assert.Contains("North Testofan", result.Wanted.Select(w => w.Name));
    }

    [Fact]
    public void An_article_does_not_mention_itself()
    {
        var result = Link((1, "Kidal", "Kidal is a town; Kidal is old."));

        Assert.Empty(result.Mentions);
    }

    [Fact]
    public void The_automaton_finds_overlapping_names_in_one_pass()
    {
        var automaton = new NameAutomaton(["he", "she", "his", "hers", "ushers"]);

        var matches = automaton.Find("ushers his hers");

        Assert.Equal([(4, 0, 6), (2, 7, 3), (3, 11, 4)], matches.Select(m => (m.Name, m.Start, m.Length)));
    }

    [Fact]
    public void An_acronym_and_its_full_name_are_one_wanted_name_under_the_full_name()
    {
        var result = Link(
            (1, "Battle of Anefis", "In 2012 the Movement for Unity in the Sahara (MUS) took the town."),
            (2, "Gao Region", "In 2013 the MUS left Gao."));

        Assert.Equal(["movement-for-unity-in-the-sahara"], result.Wanted.Select(w => w.Key).Distinct());
        Assert.Equal(["Movement for Unity in the Sahara", "MUS"], result.Wanted.OrderBy(w => w.ArticleId).Select(w => w.Name));
    }

    [Fact]
    public void An_acronym_no_text_defines_is_the_name_beside_it_whose_initials_it_is()
    {
        // "MNTA" follows the French order of the movement's name; nothing defines it in brackets.
        var result = Link(
            (1, "Battle of Testal", "The battle was fought between the army and the National Movement for the Test of Azawad. Fighters of the MNTA attacked first."),
            (2, "Sahel Test Front", "The Sahel Test Front is a group."),
            (3, "Testal raid", "The Sahel Test Front and the Sahel Unity Movement clashed. Fighters of the STF and of the SUM fled."));

        Assert.Equal(["national-movement-for-the-test-of-azawad"], result.Wanted.Where(w => w.ArticleId == 1).Select(w => w.Key).Distinct());
        Assert.Equal(["Sahel Test Front", "STF"], result.Mentions.Where(m => m.SourceId == 3).Select(m => m.Text));
        Assert.Equal(["sahel-unity-movement"], result.Wanted.Where(w => w.ArticleId == 3).Select(w => w.Key).Distinct());
    }

    [Theory]
    [InlineData("MNLA", "National Movement for the Liberation of Azawad", true)] // its capitals, in French order
    [InlineData("ECOWAS", "Economic Community of West African States", true)] // every word's initial, "of" too
    [InlineData("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", true)] // the capitals after the hyphens
    [InlineData("MNLA", "Malian National Army", false)] // no L
    [InlineData("AU", "African Union", false)] // two letters name too much
    public void An_acronym_is_implied_only_by_a_name_of_its_initials(string acronym, string name, bool fits)
    {
        var implied = AcronymBook.Implied(acronym, ["Gao Region", name]);

        Assert.Equal(fits ? name : null, implied);
    }

    [Fact]
    public void An_acronym_two_names_could_stand_for_is_neither()
    {
        Assert.Null(AcronymBook.Implied("MNLA", ["National Movement for the Liberation of Azawad", "Malian National Liberation Army"]));
    }

    [Fact]
    public void A_name_written_differently_links_to_its_article_instead_of_being_wanted()
    {
        var result = Link(
            (1, "Fahad Ag Almahmoud", "Fahad Ag Almahmoud is a militia leader."),
            (2, "2012 Tuareg rebellion", "The 2012 Tuareg rebellion began in January."),
            (3, "Kidal offensive", "Fahad Ag Al-Mahmoud took part, as he had in the Tuareg rebellion of 2012."));

        var mentions = result.Mentions.Where(m => m.SourceId == 3).Select(m => (m.TargetId, m.Text)).ToList();
        Assert.Equal([(1, "Fahad Ag Al-Mahmoud"), (2, "Tuareg rebellion of 2012")], mentions);
        Assert.DoesNotContain(result.Wanted, w => w.ArticleId == 3);
    }

    [Fact]
    public void A_persons_surname_alone_names_the_person_and_a_wanted_persons_surname_is_the_same_wanted_name()
    {
        var result = MentionLinker.Link([
            new LinkInput(1, "Iyad Ag Ghaly", "Iyad Ag Ghaly is a militant.", [], Kind: Domain.ArticleKind.Person),
            new LinkInput(2, "Ansar Dine", "The group was founded by Ghaly in 2012. Its spokesman, Sanda Ould Boumama, was arrested; later Boumama fled.", [], Kind: Domain.ArticleKind.Group)]);

        Assert.Equal((1, "Ghaly"), result.Mentions.Where(m => m.SourceId == 2).Select(m => (m.TargetId, m.Text)).Single());
        var wanted = Assert.Single(result.Wanted);
        Assert.Equal(("Sanda Ould Boumama", "sanda-ould-boumama"), (wanted.Name, wanted.Key));
    }

    [Fact]
    public void A_surname_without_its_arabic_article_or_after_a_word_of_descent_names_the_person()
    {
        // "Bashir" for Omar al-Bashir, "Ibn Auf" for Ahmed Awad Ibn Auf; a man named with the body he belongs to is wanted alone.
        var result = MentionLinker.Link([
            new LinkInput(1, "Omar al-Testir", "Omar al-Testir is a politician.", [], Kind: Domain.ArticleKind.Person),
            new LinkInput(2, "Ahmed Awad Ibn Test", "Ahmed Awad Ibn Test is an officer.", [], Kind: Domain.ArticleKind.Person),
            new LinkInput(3, "Test coup", "Ibn Test announced that Testir had been arrested, with Mohamed Hamdan Testalo of the Rapid Test Forces beside him.", [], Kind: Domain.ArticleKind.Event)]);

        Assert.Equal([(2, "Ibn Test"), (1, "Testir")], result.Mentions.Where(m => m.SourceId == 3).Select(m => (m.TargetId, m.Text)).OrderBy(m => m.Text, StringComparer.Ordinal));
        Assert.Equal(["Mohamed Hamdan Testalo", "Rapid Test Forces"], result.Wanted.Select(w => w.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Words_without_a_capital_are_a_common_noun_not_an_articles_name()
    {
        // Another country's "presidential guard" is not the Presidential Guard (Testland), but "the presidential guard of Testland" is;
        // "the war in Testfur" is the War in Testfur.
        var result = MentionLinker.Link([
            new LinkInput(1, "Presidential Guard (Testland)", "The Presidential Guard is an elite unit of Testland.", [], Kind: Domain.ArticleKind.Group),
            new LinkInput(2, "War in Testfur", "The War in Testfur began in 2003.", [], Kind: Domain.ArticleKind.Event),
            new LinkInput(3, "2008 Testanian coup", "The presidential guard overthrew the president during the war in Testfur.", [], Kind: Domain.ArticleKind.Event),
            new LinkInput(4, "2023 Testlandic coup", "The presidential guard of Testland detained the president.", [], Kind: Domain.ArticleKind.Event)]);

        Assert.Equal([(2, "war in Testfur")], result.Mentions.Where(m => m.SourceId == 3).Select(m => (m.TargetId, m.Text)));
        Assert.Equal([(1, "presidential guard")], result.Mentions.Where(m => m.SourceId == 4).Select(m => (m.TargetId, m.Text)));
    }

    [Fact]
    public void A_kinsman_named_by_part_of_a_mans_name_is_another_man()
    {
        // "Ahmad Abubakar Gumi … A son of the cleric Abubakar Gumi": the father is wanted; "Gumi called for an amnesty" is the man himself.
        var result = MentionLinker.Link([
            new LinkInput(1, "Ahmad Test", "Ahmad Abubakar Test (born 1960) is a scholar. A son of the cleric Abubakar Test, he met bandits. Abubakar Test called for an amnesty.", [], Kind: Domain.ArticleKind.Person)]);

        Assert.Equal(["Abubakar Test"], result.Wanted.Select(w => w.Name));
        Assert.Equal("A son of the cleric Abubakar Test, he met bandits.", result.Wanted.Single().Sentence);
    }

    [Fact]
    public void The_last_two_words_of_a_persons_name_are_no_name_of_his_own()
    {
        // "Mahamat Idriss Déby" is the son of Idriss Déby: a middle name is often the father's, so the end of a name may be another man's whole name.
        var result = MentionLinker.Link([
            new LinkInput(1, "Mahamat Idriss Test", "Mahamat Idriss Test is an officer.", [], Kind: Domain.ArticleKind.Person),
            new LinkInput(2, "Test agreement", "It was signed by President Idriss Test of Testland.", [], Kind: Domain.ArticleKind.Agreement)]);

        Assert.DoesNotContain(result.Mentions, m => m.SourceId == 2);
        Assert.Equal(["Idriss Test"], result.Wanted.Where(w => w.ArticleId == 2).Select(w => w.Name).Where(n => n.Contains("Idriss", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_name_opening_with_a_given_name_is_a_persons_and_his_surname_later_is_him()
    {
        // Nothing before "Mohammed Yusuf" says he is a person; his given name does.
        var result = Link((1, "Test Haram", "Test Haram is a group founded in 2002 by Mohammed Yusuf. After Yusuf was killed in 2009, it split."));

        Assert.Equal("Mohammed Yusuf", Assert.Single(result.Wanted).Name);
    }

    [Fact]
    public void A_full_name_another_summary_gives_an_acronym_title_is_that_articles_alias()
    {
        var result = Link(
            (1, "MUS", "The MUS is an armed group."),
            (2, "Battle of Anefis", "In 2012 the Movement for Unity in the Sahara (MUS) took the town. The Movement for Unity in the Sahara left in 2013."));

        Assert.Contains(result.Aliases[1], a => a.Name == "Movement for Unity in the Sahara");
        Assert.Equal(3, result.Mentions.Count(m => m.SourceId == 2 && m.TargetId == 1));
        Assert.Empty(result.Wanted);
    }
}
