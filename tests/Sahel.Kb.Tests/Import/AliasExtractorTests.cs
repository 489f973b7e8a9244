using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

/// <summary>The names an opening states for its subject, in the phrasings encyclopedias use.</summary>
public sealed class AliasExtractorTests
{
    private static List<string> Aliases(string title, string summary) => AliasExtractor.Extract(title, summary).Select(a => a.Name).ToList();

    [Theory]
    [InlineData("Ouagadougou Accord", "The Ouagadougou Accord, officially referred to as the Preliminary Agreement to the Presidential Election and Inclusive Peace Talks, was signed in 2013.", "Preliminary Agreement to the Presidential Election and Inclusive Peace Talks")]
    [InlineData("Sahel Force", "The Sahel Force, officially the Joint Force of the Group of Five for the Sahel, is a force.", "Joint Force of the Group of Five for the Sahel")]
    [InlineData("Redwater Company", "Redwater Company, officially known as PMC Redwater, is a private military company.", "PMC Redwater")]
    [InlineData("Movement for Oneness", "The Movement for Oneness, formerly the Front for Unity in West Africa, is a group.", "Front for Unity in West Africa")]
    [InlineData("Hamid Ag Ali", "Hamid Ag Ali (also spelled Hamed Ag Aly) is a rebel.", "Hamed Ag Aly")]
    [InlineData("Liptako Alliance", "The Liptako Alliance (LA; French: Alliance du Liptako) is a pact.", "LA", "Alliance du Liptako")]
    // A language's name keeps its lower-case words; "FLL" stands after "Liptako Front", another name of the subject, so it is the subject's too.
    [InlineData("Sahel Front", "The Sahel Front, also known as the Liptako Front (French: Front de libération du Liptako, FLL), is a group.", "FLL", "Liptako Front", "Front de libération du Liptako")]
    [InlineData("John Test Keïta", "John Test Keïta (1945 – 2022), often known as JTK, was a Malian politician.", "JTK")]
    [InlineData("Gao Volunteers", "The Gao Volunteers (French: Volontaires de Gao; VG) is a militia.", "VG", "Volontaires de Gao")]
    // A party's short form, an acronym and a word; an opening name with "and the" in it is one name.
    [InlineData("Rally for Hope", "The Rally for Hope (RPH-Nafa) is a party in Niger.", "RPH-Nafa")]
    [InlineData("Union of the Fronts and the Movements of the Sahel", "The Union of the Fronts and the Movements of the Sahel (UFMS) is an alliance.", "UFMS")]
    // A given name before the whole title, where a life's bracket follows, is the person's fuller name; a place's extra word is not.
    [InlineData("Isaac Testa", "Yacouba Isaac Testa (born 1965) is an army officer.", "Yacouba Isaac Testa")]
    [InlineData("Mahamat Testa", "Mahamat Idriss Testa Itno (born 4 April 1984) is a general.", "Mahamat Idriss Testa Itno")] // names between and after, the same
    [InlineData("Ibrahim Testaky", "Ibrahim Yaqoub El-Testaky (born 5 May 1953) is a cleric.", "Ibrahim Yaqoub El-Testaky")] // the Arabic article before the last name
    // A unit's numbered short form in the French bracket; a name it is known by after a comma.
    [InlineData("33rd Test Regiment", "The 33rd Test Regiment (French: 33e régiment des tests, 33e RTP), known as the Red Testers, is a unit.", "33e régiment des tests", "33e RTP", "Red Testers")]
    [InlineData("Rapid Test Forces", "The Rapid Test Forces (RTF) are a paramilitary force commanded by Mohamed Hamdan Testalo, known as Hemedti.", "RTF")] // another's nickname
    [InlineData("Nigerian Test Service", "The Nigerian Test Service (NTeS) is the agency that runs the prisons.", "NTeS")] // one small letter in an acronym of capitals
    [InlineData("Operation Testa", "Operation Testa was a counter-insurgency operation in Nigeria. In 2021 it was renamed Operation Hadin Testa.", "Operation Hadin Testa")] // a later name
    [InlineData("Operation Testa", "Operation Testa was a counter-insurgency operation in Nigeria. In 2021 it was renamed Operation Hadin Testa…")] // one the mirror's cut may have cut
    [InlineData("Testa Region", "Greater Testa Region (Arabic: تست) is a region.")]
    // A first name a place was founded with.
    [InlineData("Testamena", "Testamena is the capital of Chad. It was founded as Fort-Test by the French in 1900.", "Fort-Test")]
    // A French name joined by "et".
    [InlineData("Société Testale Et Minière", "The Société Testale et Minière (STM) is a company.", "STM")]
    // A state of a federation named without "State", and named so again; not where its name comes back as its capital's.
    [InlineData("Testbe State", "Testbe is a state in northeastern Nigeria. Testbe borders Niger to the north.", "Testbe")]
    [InlineData("Testo State", "Testo is a state in north-western Nigeria. Its capital is Testo.")]
    // A former name, with the year it changed.
    [InlineData("Islamic State – Test Province", "The Islamic State – Test Province (ISTP), known until 2022 as the Islamic State in the Greater Test (ISGT), is a jihadist group.", "ISTP", "ISGT", "Islamic State in the Greater Test")]
    // A camp named without "camp".
    [InlineData("Testzam camp", "Testzam is a camp for internally displaced persons near El Test.", "Testzam")]
    // The name a body or a town began with.
    [InlineData("Sudan Test Movement", "The Sudan Test Movement is a rebel group, founded in 2002 as the Testfur Liberation Front by two men.", "Testfur Liberation Front")]
    [InlineData("Testarh", "Testarh is the third-largest city of Chad. Founded by the French in 1899 as Fort Testambault, it took its present name in 1972.", "Fort Testambault")] // a city's first name, with who founded it
    [InlineData("Test Front", "The Test Front is a rebel group founded as a political party in 2001.")]
    // A document's title goes on "on the" what it is about, not into a year.
    [InlineData("Testamena Ceasefire Agreement", "The Testamena Ceasefire Agreement, officially the Humanitarian Ceasefire Agreement on the Conflict in Testfur, was signed in 2004.", "Humanitarian Ceasefire Agreement on the Conflict in Testfur")]
    // A place the opening says is a division of a land is named with that division's noun too; not a town in a region of its name,
    // nor a land placed by the compass.
    [InlineData("Testologo", "Testologo is one of the 31 regions of Testland, in the Savanes District in the north of the country.", "Testologo Region")]
    [InlineData("Testoum", "Testoum is a province of Testland, in the Nord Region.", "Testoum Province")]
    [InlineData("Testao", "Testao is a city in the Testao Region of Mali.")]
    [InlineData("Testfur", "Testfur is a region of western Testan, bordering Chad.")]
    // The rendering in the bracket after an official name, as after the opening one.
    [InlineData("Testaru", "Testaru, officially Jama'atu Testarul Muslimina fi Biladis Sudan (Vanguard for the Protection of Testims in Black Africa), is a jihadist group.", "Jama'atu Testarul Muslimina fi Biladis Sudan", "Vanguard for the Protection of Testims in Black Africa")]
    // A document's official title whose word follows its place, through "to" and a capitalised verb.
    [InlineData("Testah Declaration", "The Testah Declaration, officially the Testah Declaration of Commitment to Protect the Civilians of Testan, was signed on 11 May 2023.", "Testah Declaration of Commitment to Protect the Civilians of Testan")]
    // A shorter name the place goes by.
    [InlineData("Testa-Largeau", "Testa-Largeau, or simply Testa, is the largest town in northern Chad.", "Testa")]
    public void An_opening_states_other_names(string title, string summary, params string[] aliases) =>
        Assert.Equal(aliases, Aliases(title, summary));

    [Theory]
    [InlineData("Ag Ali was formerly a musician associated with a band.")] // "formerly" before a common noun
    [InlineData("It was officially the deadliest mission of all time.")]
    [InlineData("This area was formerly part of Gao Region.")]
    [InlineData("The town, or simply the market, draws traders from Niger.")]
    public void Words_of_the_phrasings_before_no_name_state_nothing(string summary) =>
        Assert.Empty(Aliases("Some Title", summary));

    [Theory]
    // Two words after the hyphen: the short form is not cut to its first.
    [InlineData("The Movement for Progress (MPN-Kiishin Kassa) is a party.", new string[0])]
    // Mid-sentence, "and the" still parts two names: the acronym is the last one's.
    [InlineData("It was signed by the government of Mali and the Unified Fronts of Azawad (UFA).", new[] { "Unified Fronts of Azawad" })]
    public void A_bracket_defines_acronyms_of_the_name_before_it(string text, string[] names) =>
        Assert.Equal(names, AliasExtractor.FindAcronymDefinitions(text).Select(d => d.Name));

    [Theory]
    // A movement and its army in one short form, parted by a slash.
    [InlineData("The Sudan Test Movement/Army (SLM/A) is a rebel group in Darfur.", "SLM/A")]
    [InlineData("The Test Movement (MNLA, GATIA) is a group.", "MNLA", "GATIA")]
    public void A_bracket_keeps_each_short_form_whole(string text, params string[] acronyms) =>
        Assert.Equal(acronyms, AliasExtractor.FindAcronymDefinitions(text).SelectMany(d => d.Acronyms));
}
