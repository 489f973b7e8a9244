using Sahel.Kb.Domain;
using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

/// <summary>The proper names a sentence holds, read as a reader would; the sentences are made up, in the mirror's phrasings.</summary>
public sealed class NameCandidatesTests
{
    private static List<string> Names(string text) => NameCandidates.Find(text, []).Select(c => c.Name).ToList();

    [Theory]
    [InlineData("The rebels withdrew towards Tessalit after the fighting.", "Tessalit")] // one word, mid-sentence
    [InlineData("Troops were sent from Gao and Timbuktu to the north.", "Gao", "Timbuktu")]
    [InlineData("The 2012 Malian coup d'état ended his term.", "2012 Malian coup d'état")] // a year leads the name
    [InlineData("He fought in the Tuareg rebellion of 1990 as a commander.", "1990 Tuareg rebellion")] // read year first
    [InlineData("It joined the Islamic State in the Greater Sahara in 2015.", "Islamic State in the Greater Sahara")]
    [InlineData("The Saharan branch of al-Qaeda in the Islamic Maghreb took part.", "al-Qaeda in the Islamic Maghreb")]
    [InlineData("He led the Party for Democracy and Socialism until 2011.", "Party for Democracy and Socialism")]
    [InlineData("He left the All Testia Peoples Party for the Peoples Test Party in 2014.", "All Testia Peoples Party", "Peoples Test Party")] // a party left for another
    [InlineData("He left the Test Democratic Party for the TPP in 2014.", "Test Democratic Party", "TPP")] // or for its initials
    [InlineData("He left the Testien Party for Democracy and Socialism for the MNSD-Testara in 2016.", "Testien Party for Democracy and Socialism", "MNSD-Testara")] // initials and a word
    [InlineData("Prime Minister Moussa Traoré resigned.", "Moussa Traoré")] // the office is not part of the name
    [InlineData("He joined the Katiba Macina of Amadou Koufa in 2013.", "Katiba Macina", "Amadou Koufa")] // a given name after "of" is another's
    [InlineData("It is a village in the Testa Local Government Area of Testo State.", "Testa", "Testo State")] // an area takes its town's name (as the linker reads it), then the state it is of
    [InlineData("Villages in the Testa and Testb Local Government Areas of Testo State were attacked.", "Testa", "Testb", "Testo State")] // so do two areas
    [InlineData("He is a member of the All Testives Congress.", "All Testives Congress")] // "All" after "the" opens a name
    [InlineData("He was an executive director of First Bank of Testeria.", "First Bank of Testeria")] // so does "First" inside a sentence
    [InlineData("First Testo was taken, then Testa.", "Testo", "Testa")] // not opening it
    [InlineData("The Sudan Test Movement of Abdul Wahid al-Test and the SPLM-T of Abdelaziz al-Test did not sign.", "Sudan Test Movement", "Abdul Wahid al-Test", "SPLM-T", "Abdelaziz al-Test")]
    [InlineData("It was chaired by the Organisation of the Armed Resistance.", "Organisation of the Armed Resistance")] // a heading word before "of"
    [InlineData("The insurgency spread from Borno State in Nigeria.", "Borno State", "Nigeria")] // a state named by its place takes no "in"
    [InlineData("It was one of the attacks of the Jihadist insurgency in Burkina Faso.", "Jihadist insurgency in Burkina Faso")] // says where
    [InlineData("It was created when the National Test Organization was split.", "National Test Organization")] // a heading's word closing a name
    [InlineData("It is placed under the Inspector-General of Police.")] // an office alone
    [InlineData("He was leader of the Alliance for Democracy in Mali until 2012.", "Alliance for Democracy in Mali")] // a body "for" something, of its country
    [InlineData("He leads the National Rally for Democracy in Chad since 2019.", "National Rally for Democracy in Chad")] // its body word second
    [InlineData("Fighters of the Movement for the Salvation of Testaz in Ménaka withdrew.", "Movement for the Salvation of Testaz", "Ménaka")] // not of a town
    [InlineData("They attacked the Testa Keïta military camp in Kati.", "Kati")] // the man a camp is named after is not spoken of
    [InlineData("Since 2012 it has hosted the Testera refugee camp.", "Testera")] // the place a camp stands in is
    [InlineData("The attack, part of the War in Testfur, was repelled.", "War in Testfur")] // a war named by where it is fought
    [InlineData("It began with the War in 2003 and the fall of Gao.", "War", "Gao")] // not by a year
    [InlineData("It was one of the longest sieges of the Testanese civil war.", "Testanese civil war")] // a people's civil war
    [InlineData("The Testanese civil war began in 2023.")] // not opening a sentence: its own article's
    [InlineData("Girls were taken from the Government Girls' Science and Technical College in Testchi.", "Government Girls' Science and Technical College", "Testchi")] // a plural's apostrophe, "and" before what the body is
    [InlineData("Fighters of the Justice and Testity Movement attacked.", "Justice and Testity Movement")]
    [InlineData("He leads a faction of the Sudan Test Movement/Army.", "Sudan Test Movement/Army")] // a slash between two words of a name
    [InlineData("Troops came from Niger and Testland to the border.", "Niger", "Testland")] // two places stay two
    [InlineData("He was Commissioner for Testruction, Rehabilitation and Resettlement from 2015.", "Commissioner for Testruction, Rehabilitation and Resettlement")] // a portfolio listed with commas is one office
    [InlineData("He met the Commissioner for Testruction, Amadou Test and Moussa Test.", "Commissioner for Testruction", "Amadou Test", "Moussa Test")] // not men named after its comma
    [InlineData("Its members were the Sudan People's Test Movement–North and Testfur.", "Sudan People's Test Movement–North", "Testfur")] // a collective noun's possessive, an en dash before a capital
    [InlineData("It took Chad's Test Region.", "Chad", "Test Region")] // another possessive ends a name
    [InlineData("It is named after the letter W. Established in 1954, it is the oldest park.", "W")] // a participle before the subject, after a capital that may be an initial
    [InlineData("It was fought in the northern states of Testa, Testb, Testc and Testd.", "Testa State", "Testb State", "Testc State", "Testd State")] // a federation's states by their own names
    [InlineData("It spread to the states of Testa and Testb in 2009.", "Testa State", "Testb State")]
    [InlineData("It was made from parts of the former Testa, Niger and Testc states.", "Testa State", "Niger State", "Testc State")] // the list's noun after its names
    [InlineData("It spread from Testa and Testb states to the Mali and Niger states.", "Testa State", "Testb State", "Mali", "Niger")] // countries named as states stay countries
    [InlineData("It is one of the 18 states of Sudan and one of the five states of Testfur Region.", "Sudan", "Testfur Region")] // the federation, not a state
    [InlineData("It is the official branch of al-Qaeda in Mali and fights al-Qaeda in the Islamic Testreb.", "al-Qaeda", "Mali", "al-Qaeda in the Islamic Testreb")] // a branch's country is where it is
    [InlineData("The attackers were linked to Al-Qaeda in the Islamic Testreb, and fought Al-Testoun in Mali.", "Al-Qaeda in the Islamic Testreb", "Al-Testoun", "Mali")] // written with a capital, the same name
    [InlineData("It lies in the Cercle of Tin-Testako in the Kidal Region.", "Cercle of Tin-Testako", "Kidal Region")] // a hyphenated place takes no "in the"
    [InlineData("It was a peacekeeping mission of the African Union in Testfur, beside the Saharan branch of al-Qaeda in the Islamic Testreb.", "African Union", "Testfur", "al-Qaeda in the Islamic Testreb")] // a mission's land is where it is
    [InlineData("It is active in the states of Testa and Niger, and among the member states of Testowas.", "Testa State", "Niger State", "Testowas")] // a state named as a country is one in a list; a body's member states are no list
    [InlineData("It fought the government of Omar al-Testir in the War in Testfur in 2003.", "Omar al-Testir", "War in Testfur")] // a man's name takes no "in"
    [InlineData("It was signed by the Government of Sudan and the Test Front.", "Sudan", "Test Front")] // a state's government is the state
    [InlineData("He became Senior Assistant to the President in 2006.", "Senior Assistant to the President")] // an office held to another
    [InlineData("He was the envoy of the Test Union for the Testfur talks.", "Test Union", "Testfur")] // a topic after "for" is no part of a body's name
    [InlineData("It was replaced by the Sovereignty Test Council in Aug …", "Sovereignty Test Council")] // a name runs into no month
    [InlineData("Its airport was used by the Testanian Air Force in the 19…", "Testanian Air Force")] // nor into a year the mirror cut
    [InlineData("He headed the United Nations Relief and Works Agency for Testine Refugees.", "United Nations Relief and Works Agency for Testine Refugees")] // "and" before what the body is, an agency
    [InlineData("Jihadists of Ansar Test and al-Qaeda in the Islamic Testreb held the city.", "Ansar Test", "al-Qaeda in the Islamic Testreb")] // two bodies stay two
    [InlineData("UNESCO placed it on its List of World Testage in Danger in 2012.", "UNESCO", "List of World Testage in Danger")] // a list's title runs on through "in"
    [InlineData("Mostly Testoussahak, it is based in the Test Region.", "Testoussahak", "Test Region")] // an adverb opening the sentence is no part of a name
    [InlineData("Home of the Test Scheme, it was overrun by the Rapid Test Forces in December 2023.", "Test Scheme", "Rapid Test Forces")] // nor a noun the sentence opens with
    [InlineData("A drone of the Testian Army struck villagers gathered to celebrate Mawlid in Tudun Test, a village in Kaduna State.", "Testian Army", "Mawlid", "Tudun Test", "Kaduna State")] // a feast is no place's first word
    public void A_sentence_gives_the_names_it_holds(string sentence, params string[] names) =>
        Assert.Equal(names, Names(sentence));

    [Theory]
    [InlineData("Tessalit is a town in the north.")] // one word at the start of a sentence may be any word
    [InlineData("A French-led force and a Quasi-state were mentioned.")] // capitalised compounds
    [InlineData("It was the deadliest Peacekeeping mission.")] // an -ing word capitalised for emphasis
    [InlineData("Malian Tuareg Islamists joined them.")] // words that only describe
    [InlineData("It was an alliance of small Darfuri and Zaghawa rebel groups.")] // peoples
    [InlineData("He studied at the University of Ouagadou…")] // the mirror cut the name
    [InlineData("The UN sent observers.")] // two capitals are too short for an acronym
    [InlineData("He died of COVID-19 in 2020.")] // an illness
    [InlineData("She converted and took the name Testiam.")] // the subject's own new name
    public void Words_that_name_nothing_give_no_name(string sentence) =>
        Assert.Empty(Names(sentence));

    [Fact]
    public void Two_names_joined_by_and_stay_two_names()
    {
        Assert.Equal(["Movement for the Liberation of Azawad", "Ansar Dine"], Names("Both the Movement for the Liberation of Azawad and Ansar Dine fought."));
    }

    [Theory]
    [InlineData("Fighters gathered near Anefis before dawn.", "Anefis", ArticleKind.Region)]
    [InlineData("He was born in the town of Aguelhok.", "Aguelhok", ArticleKind.Region)]
    [InlineData("He was appointed by the junta of Testourahamane Tchiani in 2023.", "Testourahamane Tchiani", ArticleKind.Person)] // whose junta it was
    [InlineData("They attacked camps in seven towns of western Mali on 1 July 2025, among them Kayes, Testoli, Testaré and Nioro du Testel in the Kayes Region.", "Testaré", ArticleKind.Region)] // the towns a list names, however far
    [InlineData("They attacked camps in seven towns of western Mali on 1 July 2025, among them Kayes, Testoli, Testaré and Nioro du Testel in the Kayes Region.", "Nioro du Testel", ArticleKind.Region)]
    [InlineData("It lies on the road from Testougou to Nouna.", "Testougou", ArticleKind.Region)] // a way's ends
    [InlineData("It lies on the road from Nouna to Testougou.", "Testougou", ArticleKind.Region)]
    [InlineData("The railway between Testidu and Kaduna was attacked.", "Testidu", ArticleKind.Region)]
    [InlineData("The attack was led by Abu Bakr Diallo.", "Abu Bakr Diallo", ArticleKind.Person)]
    [InlineData("President Moussa Diallo spoke.", "Moussa Diallo", ArticleKind.Person)]
    [InlineData("It merged with the Movement for Unity and Jihad.", "Movement for Unity and Jihad", ArticleKind.Group)]
    [InlineData("Jihadists attacked a base of the Volunteers for the Defense of the Testland.", "Volunteers for the Defense of the Testland", ArticleKind.Group)] // volunteers are a force
    [InlineData("He set up the Community Test Guards in 2024.", "Community Test Guards", ArticleKind.Group)]
    [InlineData("Bilal Ag Cherif spoke for them.", "Bilal Ag Cherif", ArticleKind.Person)]
    [InlineData("They signed the Ouagadougou Accord.", "Ouagadougou Accord", ArticleKind.Agreement)]
    [InlineData("The Tuareg rebellion of 2006 ended.", "2006 Tuareg rebellion", ArticleKind.Event)]
    [InlineData("They met Aliou Diallo twice.", "Aliou Diallo", ArticleKind.Person)] // a given name common in the region says it
    [InlineData("They met Testa Diallo twice.", "Testa Diallo", null)] // nothing says what he is
    [InlineData("It was founded by the preacher Testa Diallo in 2002.", "Testa Diallo", ArticleKind.Person)]
    [InlineData("It lies on the left bank of the Testa River.", "Testa River", ArticleKind.Region)] // a feature of the land, by its head word
    [InlineData("The column crossed the Testou river at dawn.", "Testou", ArticleKind.Region)] // or by the noun after it in lower case
    [InlineData("It is a village in the Testint commune of the Bourem Cercle.", "Testint", ArticleKind.Region)] // a division, too
    [InlineData("He was a member of the Testa Koy militia in the 1990s.", "Testa Koy", ArticleKind.Group)] // a body by the noun after it
    [InlineData("In 2012 he founded the association Al-Testa.", "Al-Testa", ArticleKind.Group)] // or by the noun before it
    [InlineData("Testo Haram claimed it, but the government blamed others.", "Testo Haram", ArticleKind.Group)] // a body claims a deed
    [InlineData("The massacre was carried out by Testo Haram militants in the town.", "Testo Haram", ArticleKind.Group)] // a body's fighters named by it
    [InlineData("A member of the Rally of Testists for Democracy and Peace, he died in 2021.", "Rally of Testists for Democracy and Peace", ArticleKind.Group)] // what one is a member of
    [InlineData("He took office after his father, Testingbé Eyadéma, died.", "Testingbé Eyadéma", ArticleKind.Person)] // a kinsman named after his kinship
    [InlineData("It is divided into three states. Its main city is El Testeid.", "El Testeid", ArticleKind.Region)] // a main city
    [InlineData("Its seat is Ferkestou, and it is made up of the departments of Ferkestou, Testong and Ouangolotest.", "Testong", ArticleKind.Region)] // each division of a list
    [InlineData("It is active in the states of Zamtest, Katest and Sokotest.", "Katest State", ArticleKind.Region)] // each state of a list, named as the state
    [InlineData("It is the second city of Sudan after the capital Testoum.", "Testoum", ArticleKind.Region)] // a capital named after its noun
    [InlineData("It is a city in the Testfur region of western Sudan.", "Testfur", ArticleKind.Region)] // a region named before its noun
    [InlineData("It lies in the Gao Region of Mali.", "Mali", ArticleKind.Region)] // a country wherever it stands
    [InlineData("Its capital is Testandi, a market town.", "Testandi", ArticleKind.Region)] // a capital is a place
    [InlineData("Testa State and Testo State were placed under emergency rule.", "Testa State", ArticleKind.Region)] // a state of a federation
    [InlineData("He was the founder of the Testa Empire.", "Testa Empire", ArticleKind.Region)] // what one founded is no person; a realm of the past
    [InlineData("He is the son of Testo Bakar.", "Testo Bakar", ArticleKind.Person)]
    [InlineData("He is the half-brother of Testania's first president.", "Testania", null)] // a possessive is another's
    [InlineData("It lies in Testania's Soum Province.", "Testania", ArticleKind.Region)] // but still a place
    [InlineData("Gunmen killed civilians in the villages of Testa, Testb and Testc.", "Testc", ArticleKind.Region)] // each name of the list
    [InlineData("Gunmen attacked the villages of Testa and Testb Usmanti in Testo State.", "Testa", ArticleKind.Region)] // the first of two too
    [InlineData("It is divided into four departments: Testa, Testb, Testc and Testd.", "Testb", ArticleKind.Region)] // a list after a colon
    [InlineData("It lies on the west bank of the Testa Nile, south of the capital.", "Testa Nile", ArticleKind.Region)] // what has banks
    [InlineData("He had led a self-defence group of the Testweogo since 2017.", "Testweogo", ArticleKind.Group)] // what a vigilantes' group is of
    [InlineData("The Governor of Testo State, Testgana Umara Testum, blamed the group.", "Testgana Umara Testum", ArticleKind.Person)] // a role of a land, then its holder
    [InlineData("Officials blamed Testo Haram for the killings.", "Testo Haram", ArticleKind.Group)] // whom a deed is blamed on
    [InlineData("He commanded troops at Testa and Testou Doum in 1987.", "Testou Doum", ArticleKind.Region)] // the second of two places
    [InlineData("The fighting drove civilians across the border to Testiné.", "Testiné", ArticleKind.Region)] // where people were driven
    [InlineData("Thousands fled to Testai after the attack.", "Testai", ArticleKind.Region)] // or fled
    [InlineData("They drove thousands of residents to Testurdi and Testukpo.", "Testukpo", ArticleKind.Region)] // or where residents were driven
    [InlineData("It is divided into twelve communes, among them Testofry and Testolo.", "Testolo", ArticleKind.Region)] // communes it names
    [InlineData("Gunmen attacked villages in the Testatu Local Government Area of Benue State.", "Testatu", ArticleKind.Region)] // an area takes its town's name
    [InlineData("He gave the money to Testa Diallo.", "Testa Diallo", null)] // "to" alone says nothing
    [InlineData("In 2003 the town was attacked by the Testaweed.", "Testaweed", ArticleKind.Group)] // an attacker named with "the" is a body
    [InlineData("It was defended by the army's 6th Testa Division.", "6th Testa Division", ArticleKind.Group)] // a unit's ordinal is part of its name
    [InlineData("He leads the Testa Liberation Movement (Testawi), a faction.", "Testa Liberation Movement (Testawi)", ArticleKind.Group)] // a faction named by its leader
    [InlineData("It is a state in the North Central region of Nigeria.", "North Central", ArticleKind.Region)] // a zone named by the compass alone
    [InlineData("Fighters of the Islamic State in the Testa Sahara attacked.", "Islamic State in the Testa Sahara", ArticleKind.Group)]
    [InlineData("He led the Islamic State West Africa Testa Province until 2019.", "Islamic State West Africa Testa Province", ArticleKind.Group)]
    [InlineData("It took part in Operation Testanlgou in 2019.", "Operation Testanlgou", ArticleKind.Event)] // its first word, not "in" before it
    [InlineData("It fought beside Jama'at Nasr al-Testa in 2019.", "Jama'at Nasr al-Testa", ArticleKind.Group)] // an Arabic word for a body opens it
    [InlineData("Groups blamed members of the Volunteers for the Test of the Homeland, a civilian militia allied with the army.", "Volunteers for the Test of the Homeland", ArticleKind.Group)] // what the words after it say it is
    [InlineData("He became president when he overthrew Paul-Henri Testdogo Damiba in a coup.", "Paul-Henri Testdogo Damiba", ArticleKind.Person)] // whom a coup overthrew
    [InlineData("They killed six people, among them the priest Siméon Testa, and burned the church.", "Siméon Testa", ArticleKind.Person)] // a priest
    [InlineData("He took power when the army removed Testice Yaméogo after protests.", "Testice Yaméogo", ArticleKind.Person)] // whom the army removed
    [InlineData("He was deputy governor before he succeeded Testman Bello Ali, who died in office.", "Testman Bello Ali", ArticleKind.Person)] // whom one succeeded
    [InlineData("He headed the Testbah, the morality brigade that enforced its rule.", "Testbah", ArticleKind.Group)] // a body by the noun after the comma
    [InlineData("About 200 fighters of Testo Haram seized the town.", "Testo Haram", ArticleKind.Group)] // whose fighters they are
    [InlineData("It lies about 250 kilometres east of Testchott on the road.", "Testchott", ArticleKind.Region)] // what a place is measured from
    [InlineData("The village lies on the Testiagara Escarpment.", "Testiagara Escarpment", ArticleKind.Region)] // an escarpment, by its head word
    [InlineData("He is active in the Testkafi and Isa areas of the north.", "Testkafi", ArticleKind.Region)] // the first of a list of places whose noun follows
    [InlineData("He is active in the Testkafi and Isa areas of the north.", "Isa", ArticleKind.Region)] // and the last
    [InlineData("They seized people from the house of the town's mayor and traditional ruler, Testi Boukar Lamine.", "Testi Boukar Lamine", ArticleKind.Person)] // a role's holder after a comma
    [InlineData("Jihadists of Ansar Test and al-Qaeda in the Islamic Testreb held it.", "al-Qaeda in the Islamic Testreb", ArticleKind.Group)] // "al-Qaeda" opens a body's name
    [InlineData("He served in the Regiment of Testidential Security before the coup.", "Regiment of Testidential Security", ArticleKind.Group)] // a regiment, by its head word
    [InlineData("The Economic Community of West Testan States suspended it.", "Economic Community of West Testan States", ArticleKind.Group)] // a community of states
    [InlineData("It lies in the Boucle du Testoun Region of western Burkina Faso.", "Boucle du Testoun Region", ArticleKind.Region)] // a region named through "du"
    [InlineData("Its president, Jonathan Testake, a former member of the House, has accused the state.", "Jonathan Testake", ArticleKind.Person)] // a body's president between commas
    [InlineData("Talks were mediated by the Intergovernmental Test Authority on Development in Naivasha.", "Intergovernmental Test Authority on Development", ArticleKind.Group)] // an authority named by what it works on
    [InlineData("The accords were signed in Nairobi, Kenya, in January 2005.", "Kenya", ArticleKind.Region)] // a country
    [InlineData("The line was built by the China Test Construction Corporation.", "China Test Construction Corporation", ArticleKind.Group)] // a corporation
    [InlineData("He worked for an agency and later chaired Testosoft Africa.", "Testosoft Africa", ArticleKind.Group)] // what one chaired
    [InlineData("The airport is named after Testani Diori, the country's first president.", "Testani Diori", ArticleKind.Person)] // a person his apposition names
    public void The_text_around_a_name_suggests_its_kind(string sentence, string name, ArticleKind? kind)
    {
        var candidate = Assert.Single(NameCandidates.Find(sentence, []), c => c.Name == name);
        Assert.Equal(kind, candidate.Kind);
    }

    [Fact]
    public void A_later_mention_tells_the_kind_a_first_one_does_not()
    {
        // "The Testoumbou attack …": nothing said; "… attacked a post in Testoumbou": a place.
        Assert.Equal(ArticleKind.Region, NameCandidates.GuessKindIn("Testoumbou", "The Testoumbou attack took place in 2016, when gunmen attacked a post in Testoumbou."));
        Assert.Null(NameCandidates.GuessKindIn("Testoumbou", "The Testoumbou attack took place in 2016."));
    }

    [Fact]
    public void A_name_longer_than_the_text_it_is_guessed_from_has_no_kind_and_no_error()
    {
        // A statement's object kept under its full name is guessed from its evidence, which may write it shorter ("TTT").
        Assert.Null(NameCandidates.GuessKind("Testa Testo Testi Testu Testy", "TTT struck.", 0));
    }

    [Fact]
    public void The_link_covers_what_the_text_writes()
    {
        const string text = "He fought in the Tuareg rebellion of 1990 and was praised by Colonel Ag Bahanga.";
        var written = NameCandidates.Find(text, []).Select(c => text.Substring(c.Start, c.Length)).ToList();

        Assert.Equal(["Ag Bahanga", "Tuareg rebellion of 1990"], written.Order(StringComparer.Ordinal));
    }
}
