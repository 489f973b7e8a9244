using Sahel.Kb.Domain;
using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

public class KindClassifierTests
{
    [Theory]
    [InlineData("Siege Of Timbuktu (2012)", "The siege of Timbuktu was a battle fought in 2012.", ArticleKind.Event)]
    [InlineData("Menaka Offensive", "The Menaka offensive was an offensive by rebel groups.", ArticleKind.Event)]
    [InlineData("Black Thursday (Testland)", "Black Thursday was the violent repression of protests in Testland on 20 October 2022.", ArticleKind.Event)] // a crackdown is an event
    [InlineData("Testah Declaration", "The Testah Declaration was signed on 11 May 2023 in Testah by two forces.", ArticleKind.Agreement)] // a declaration signed
    [InlineData("Testarabé executions", "The Testarabé executions took place on 12 May 2025 in Testarabé, a town in the Mopti Region of Mali, when soldiers arrested about twenty civilians at the market and executed them near the army camp.", ArticleKind.Event)] // executions carried out
    // A place taken is an event, however much its opening says of the place: by its title's word, and by "took place".
    [InlineData("Capture of Testa", "The capture of Testa took place on 29 June 2024, when a force seized Testa, the capital of Testar State in south-eastern Sudan.", ArticleKind.Event)]
    [InlineData("Testa Takeover", "The Testa takeover took place on 29 June 2024, when a force seized Testa, the capital of Testar State in south-eastern Sudan.", ArticleKind.Event)]
    [InlineData("Testah talks", "The Testah talks were negotiations between two forces held in Testah from 6 May 2023.", ArticleKind.Event)] // talks held
    [InlineData("Abuja–Testuna Railway", "The Abuja–Testuna Railway is a standard-gauge railway of 186 kilometres between Idu and Testuna, opened on 26 July 2016.", ArticleKind.Region)] // a railway is where it runs
    [InlineData("Tukur Test", "Tukur Test is a Nigerian publisher from Testuna who owns a newspaper.", ArticleKind.Person)] // a publisher
    [InlineData("2012 Malian Coup D'État", "On 21 March 2012, soldiers seized the palace.", ArticleKind.Event)]
    [InlineData("Tuareg Rebellion (1990–1995)", "The Tuareg rebellion was an insurgency in Mali and Niger.", ArticleKind.Event)]
    [InlineData("Operation Barkhane", "Operation Barkhane was an anti-insurgent operation in the Sahel region.", ArticleKind.Event)]
    [InlineData("2012 Testian Counter-coup", "The 2012 Testian counter-coup was an attempt by paratroopers of the Test Regiment to overthrow the junta.", ArticleKind.Event)]
    // A title that opens with what happened "of" someone names an event, however its opening dates his death.
    [InlineData("Death Of Testiss Déby", "Testiss Déby, the President of Testland since 1990, died on 20 April 2021 of wounds received at the front.", ArticleKind.Event)]
    // "one of the … states of" a country: a place, though a body's name may end in "State".
    [InlineData("West Testfur", "West Testfur is one of the 18 states of Sudan and one of the five states of Testfur. It borders Chad to the west.", ArticleKind.Region)]
    // A passive with an irregular participle says what was done, not what it is ("held … together with the opposition leader …").
    [InlineData("Kidnapping Of Testa Pétronin", "Testa Pétronin, a French aid worker, was kidnapped on 24 December 2016 in Gao. She was held for almost four years and released in 2020 together with the opposition leader Testo Cissé.", ArticleKind.Event)]
    [InlineData("Gao Region", "Gao Region is the seventh administrative region of Mali.", ArticleKind.Region)]
    [InlineData("Ménaka", "Ménaka is a town and commune in eastern Mali.", ArticleKind.Region)]
    [InlineData("Kano State", "Kano State is a state in north-western Nigeria.", ArticleKind.Region)]
    [InlineData("Islamic State Sahel Province", "The Islamic State Sahel Province is a jihadist group active in Mali and Niger.", ArticleKind.Group)]
    [InlineData("Free Test Campaign", "Free Test is a campaign launched in 2014 by lawyers and other activists to demand the release of prisoners.", ArticleKind.Group)]
    [InlineData("Test Campaign", "The Test campaign was a military campaign launched in 2014 by the army against rebels in the north.", ArticleKind.Event)]
    [InlineData("Gaza Strip", "The Gaza Strip is a strip of land on the eastern coast of the Mediterranean Sea.", ArticleKind.Region)]
    [InlineData("Ouagadougou Accord (2013)", "The Ouagadougou Accord is a peace agreement signed in 2013.", ArticleKind.Agreement)]
    [InlineData("Treaty Of Niamey", "The treaty was signed by three states.", ArticleKind.Agreement)]
    [InlineData("Ansar Dine", "Ansar Dine is an Islamist militant group in Mali.", ArticleKind.Group)]
    [InlineData("Wagner Group", "The Wagner Group is a Russian private military company.", ArticleKind.Group)]
    [InlineData("EUTM Mali", "EUTM Mali is a European Union training mission in Mali.", ArticleKind.Group)]
    [InlineData("Katiba Macina", "Katiba Macina is a Salafi jihadist organisation in central Mali.", ArticleKind.Group)]
    [InlineData("Amadou Koufa", "Amadou Koufa (born 1958) is a Fulani preacher and jihadist leader.", ArticleKind.Person)]
    [InlineData("Ibrahim Ag Bahanga", "Ibrahim Ag Bahanga (1970 – 2011) was a Tuareg rebel leader.", ArticleKind.Person)]
    [InlineData("Abdelmalek Droukdel", "Abdelmalek Droukdel (died 3 June 2020) was an Algerian militant.", ArticleKind.Person)]
    [InlineData("Bilal Ag Acherif", "Bilal Ag Acherif is a Tuareg politician. He leads a movement.", ArticleKind.Person)]
    // A camp is a place whatever befell it; conflicts in the plural are events, whatever lands they name.
    [InlineData("Testzam camp", "Testzam is a camp for internally displaced persons near El Test in North Testfur, established in 2004 during the War in Testfur. In April 2025 militias overran it.", ArticleKind.Region)]
    [InlineData("Herder–farmer conflicts in Testland", "The herder–farmer conflicts in Testland are disputes over land and water, most of them in the Middle Test states of Testa, Testb and Testc.", ArticleKind.Event)]
    // "one of the 18 states of": the title's "State" in the plural, a place.
    [InlineData("Al Testirah State", "Al Testirah State is one of the 18 states of Sudan, lying between the Blue Nile and the White Nile.", ArticleKind.Region)]
    // What is held each year is an event, whoever organises it.
    [InlineData("Testkar Rally", "The Testkar Rally is an annual off-road endurance rally, first held in 1978. Organised by the Amaury Sport Organisation, it crossed Mauritania.", ArticleKind.Event)]
    // A mosque is a place, though its name opens with a man's and the summary names its imam.
    [InlineData("Sidi Test Mosque", "The Sidi Test Mosque is a mosque in Testbuktu, Mali, built in about 1440 and named after Sidi Test al-Tadlisi, its first imam.", ArticleKind.Region)]
    // An airport and a neighbourhood are places, whatever words about forces they hold.
    [InlineData("Modibo Test International Airport", "Modibo Test International Airport is the main international airport of Mali, and also houses Air Base 101 of the Malian Air Force.", ArticleKind.Region)]
    [InlineData("Testadié", "Testadié is a neighbourhood of Commune VI of Bamako, home to the national gendarmerie school.", ArticleKind.Region)]
    // A strike from the air is a deed; a court and a political police are bodies (not its place, nor the man it served).
    [InlineData("Tudun Test drone strike", "The Tudun Test drone strike took place on the night of 3 December 2023, when a drone of the Nigerian Army struck villagers in Tudun Test, a village in Kaduna State.", ArticleKind.Event)]
    [InlineData("Extraordinary Test Chambers", "The Extraordinary Test Chambers were a special court created within the courts of Senegal to try the crimes committed in Chad between 1982 and 1990.", ArticleKind.Group)]
    [InlineData("Test and Security Directorate", "The Test and Security Directorate was the political police of Chad under Hissène Test, created in January 1983. Its agents, answerable to the president alone, ran secret prisons.", ArticleKind.Group)]
    public void The_kind_follows_the_title_and_the_opening(string title, string summary, ArticleKind expected)
    {
        var decision = KindClassifier.Classify(title, summary);

        Assert.Equal(expected, decision.Kind);
        Assert.False(string.IsNullOrWhiteSpace(decision.Evidence));
    }

    [Fact]
    public void The_head_noun_of_the_definition_wins_over_a_word_before_it()
    {
        var decision = KindClassifier.Classify("Katiba Serma", "Katiba Serma is a Salafi jihadism, Salafi Jihadist organisation in the Sahel.");

        Assert.Equal(ArticleKind.Group, decision.Kind);
        Assert.Contains("organisation", decision.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jeune Test", "Jeune Test is a French-language news magazine published in Paris, founded in Tunis in 1960.", "magazine")]
    [InlineData("Le Test", "Le Test is a daily newspaper published in Testamey since 1989.", "newspaper")]
    public void The_press_is_a_body_by_its_own_noun_not_by_the_fallback(string title, string summary, string noun)
    {
        var decision = KindClassifier.Classify(title, summary);

        Assert.Equal((ArticleKind.Group, false), (decision.Kind, decision.IsFallback));
        Assert.Contains(noun, decision.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evidence_quotes_the_words_that_decided()
    {
        var decision = KindClassifier.Classify("Battle Of Anefis", "The battle of Anefis took place in 2023.");

        Assert.Contains("“Battle”", decision.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_evidence_the_fallback_is_marked_so_the_import_can_warn()
    {
        var decision = KindClassifier.Classify("Xyz", "Xyz.");

        Assert.True(decision.IsFallback);
        Assert.Equal(KindRules.Fallback, decision.Kind);
    }
}
