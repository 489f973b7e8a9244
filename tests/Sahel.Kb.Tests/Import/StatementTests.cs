using System.Globalization;
using System.Text.RegularExpressions;
using Sahel.Kb.Tests.Support;
using Sahel.Kb.Text;
using Xunit.Abstractions;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// The statements read from seed pages, against the ones their summaries state
/// (<c>expected/*.statements.txt</c>, written by reading them): precision at least 95 %, recall
/// at least 70 %, and no page below its floor (its line <c># Floor: N right, M not stated.</c>, the
/// figures it was last read with: a guard against a rule that quietly loses a fact another page's rule
/// gained, not an oracle). The figures are printed with every statement missed or extra.
/// </summary>
public sealed partial class StatementTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string, string[]> Pages => new()
    {
        { "kidal-offensive.statements.txt", [Files.Seed] },
        { "other-pages.statements.txt", [Files.Fixture("wagner-group.txt"), Path.Combine(Files.RepositoryRoot, "tests", "Sahel.Kb.Tests", "Specs", "snippet-on-two-pages", "isgs.txt")] },
        { "niger-coup.statements.txt", [Files.Fixture("niger-coup.txt")] },
        { "inates-attack.statements.txt", [Files.Fixture("inates-attack.txt")] },
        { "solhan-massacre.statements.txt", [Files.Fixture("solhan-massacre.txt")] },
        { "battle-of-bohoma.statements.txt", [Files.Fixture("battle-of-bohoma.txt")] },
        { "ogossagou-massacre.statements.txt", [Files.Fixture("ogossagou-massacre.txt")] },
        { "in-amenas-hostage-crisis.statements.txt", [Files.Fixture("in-amenas-hostage-crisis.txt")] },
        { "battle-of-konna.statements.txt", [Files.Fixture("battle-of-konna.txt")] },
        { "mali-war.statements.txt", [Files.Fixture("mali-war.txt")] },
        { "assimi-goita.statements.txt", [Files.Fixture("assimi-goita.txt")] },
        { "koulogon-massacre.statements.txt", [Files.Fixture("koulogon-massacre.html")] },
        { "tillia-attack.statements.txt", [Files.Fixture("tillia-attack.txt")] },
        { "aguelhok-massacre.statements.txt", [Files.Fixture("aguelhok-massacre.txt")] },
        { "inata-attack.statements.txt", [Files.Fixture("inata-attack.txt")] },
        { "lemgheity-attack.statements.txt", [Files.Fixture("lemgheity-attack.txt")] },
        { "bosso-attack.statements.txt", [Files.Fixture("bosso-attack.txt")] },
        { "yirgou-massacre.statements.txt", [Files.Fixture("yirgou-massacre.txt")] },
        { "nigerien-coup-2010.statements.txt", [Files.Fixture("nigerien-coup-2010.html")] },
        { "bamako-hotel-attack.statements.txt", [Files.Fixture("bamako-hotel-attack.txt")] },
        { "battle-of-diabaly.statements.txt", [Files.Fixture("battle-of-diabaly.txt")] },
        { "platform-of-armed-groups.statements.txt", [Files.Fixture("platform-of-armed-groups.txt")] },
        { "jihadist-insurgency-in-burkina-faso.statements.txt", [Files.Fixture("jihadist-insurgency-in-burkina-faso.txt")] },
        { "battle-of-menaka-2012.statements.txt", [Files.Fixture("battle-of-menaka-2012.txt")] },
        { "bamba-attack.statements.txt", [Files.Fixture("bamba-attack.txt")] },
        { "battle-of-ndjamena-2008.statements.txt", [Files.Fixture("battle-of-ndjamena-2008.txt")] },
        { "chinagodrar-attack.statements.txt", [Files.Fixture("chinagodrar-attack.txt")] },
        { "tchoma-bangou.statements.txt", [Files.Fixture("tchoma-bangou.txt")] },
        { "moura-massacre.statements.txt", [Files.Fixture("moura-massacre.txt")] },
        { "barsalogho-attack.statements.txt", [Files.Fixture("barsalogho-attack.html")] },
        { "siege-of-djibo.statements.txt", [Files.Fixture("siege-of-djibo.txt")] },
        { "battle-of-tessit.statements.txt", [Files.Fixture("battle-of-tessit.txt")] },
        { "baga-massacre.statements.txt", [Files.Fixture("baga-massacre.txt")] },
        { "mauritanian-coup-2008.statements.txt", [Files.Fixture("mauritanian-coup-2008.txt")] },
        { "arbinda-attack.statements.txt", [Files.Fixture("arbinda-attack.txt")] },
        { "battle-of-ndjamena-2006.statements.txt", [Files.Fixture("battle-of-ndjamena-2006.txt")] },
        { "battle-of-bourem.statements.txt", [Files.Fixture("battle-of-bourem.txt")] },
        { "al-mourabitoun.statements.txt", [Files.Fixture("al-mourabitoun.txt")] },
        { "banibangou-attack.statements.txt", [Files.Fixture("banibangou-attack.txt")] },
        { "battle-of-nampala.statements.txt", [Files.Fixture("battle-of-nampala.txt")] },
        { "battle-of-am-dam.statements.txt", [Files.Fixture("battle-of-am-dam.html")] },
        { "tchin-tabaraden-massacre.statements.txt", [Files.Fixture("tchin-tabaraden-massacre.txt")] },
        { "battle-of-monguno.statements.txt", [Files.Fixture("battle-of-monguno.txt")] },
        { "koutougou-attack.statements.txt", [Files.Fixture("koutougou-attack.txt")] },
        { "chibok-kidnapping.statements.txt", [Files.Fixture("chibok-kidnapping.txt")] },
        { "battle-of-fada.statements.txt", [Files.Fixture("battle-of-fada.txt")] },
        { "burkinabe-uprising-2014.statements.txt", [Files.Fixture("burkinabe-uprising-2014.txt")] },
        { "battle-of-adre.statements.txt", [Files.Fixture("battle-of-adre.txt")] },
        { "ouagadougou-attacks-2016.statements.txt", [Files.Fixture("ouagadougou-attacks-2016.txt")] },
        { "battle-of-wagadou-forest.statements.txt", [Files.Fixture("battle-of-wagadou-forest.txt")] },
        { "battle-of-tinzaouaten.statements.txt", [Files.Fixture("battle-of-tinzaouaten.txt")] },
        { "arlit-kidnapping.statements.txt", [Files.Fixture("arlit-kidnapping.txt")] },
        { "kano-attacks-2012.statements.txt", [Files.Fixture("kano-attacks-2012.txt")] },
        { "burkinabe-coup-2015.statements.txt", [Files.Fixture("burkinabe-coup-2015.txt")] },
        { "mauritanian-coup-2005.statements.txt", [Files.Fixture("mauritanian-coup-2005.txt")] },
        { "battle-of-gao-2012.statements.txt", [Files.Fixture("battle-of-gao-2012.txt")] },
        { "operation-serval.statements.txt", [Files.Fixture("operation-serval.txt")] },
        { "battle-of-kidal-2014.statements.txt", [Files.Fixture("battle-of-kidal-2014.txt")] },
        { "multinational-joint-task-force.statements.txt", [Files.Fixture("multinational-joint-task-force.txt")] },
        { "karma-massacre.statements.txt", [Files.Fixture("karma-massacre.txt")] },
        { "northern-chad-offensive-2021.statements.txt", [Files.Fixture("northern-chad-offensive-2021.txt")] },
        { "dapchi-kidnapping.statements.txt", [Files.Fixture("dapchi-kidnapping.txt")] },
        { "battle-of-omdurman-2008.statements.txt", [Files.Fixture("battle-of-omdurman-2008.txt")] },
        { "kati-attack-2022.statements.txt", [Files.Fixture("kati-attack-2022.txt")] },
        { "tuareg-rebellion-2007-2009.statements.txt", [Files.Fixture("tuareg-rebellion-2007-2009.txt")] },
        { "diallassagou-massacre.statements.txt", [Files.Fixture("diallassagou-massacre.txt")] },
        { "nigerien-coup-1974.statements.txt", [Files.Fixture("nigerien-coup-1974.txt")] },
        { "doha-document-for-peace-in-darfur.statements.txt", [Files.Fixture("doha-document-for-peace-in-darfur.txt")] },
        { "tourine-ambush.statements.txt", [Files.Fixture("tourine-ambush.txt")] },
        { "ndjamena-bombings-2015.statements.txt", [Files.Fixture("ndjamena-bombings-2015.html")] },
        { "burkinabe-coup-1987.statements.txt", [Files.Fixture("burkinabe-coup-1987.txt")] },
        { "gwoza-massacre.statements.txt", [Files.Fixture("gwoza-massacre.txt")] },
        { "tongo-tongo-ambush.statements.txt", [Files.Fixture("tongo-tongo-ambush.txt")] },
        { "juba-peace-agreement.statements.txt", [Files.Fixture("juba-peace-agreement.txt")] },
        { "boulkessi-and-mondoro-attacks.statements.txt", [Files.Fixture("boulkessi-and-mondoro-attacks.txt")] },
        { "w-national-park-attack.statements.txt", [Files.Fixture("w-national-park-attack.txt")] },
        { "battle-of-anefis.statements.txt", [Files.Fixture("battle-of-anefis.txt")] },
        { "kidnapping-of-sophie-petronin.statements.txt", [Files.Fixture("kidnapping-of-sophie-petronin.html")] },
        { "death-of-idriss-deby.statements.txt", [Files.Fixture("death-of-idriss-deby.txt")] },
        { "el-geneina-massacres.statements.txt", [Files.Fixture("el-geneina-massacres.txt")] },
        { "battle-of-tabankort.statements.txt", [Files.Fixture("battle-of-tabankort.txt")] },
        { "nassoumbou-attack.statements.txt", [Files.Fixture("nassoumbou-attack.txt")] },
        { "battle-of-nyala.statements.txt", [Files.Fixture("battle-of-nyala.txt")] },
        { "zabarmari-massacre.statements.txt", [Files.Fixture("zabarmari-massacre.html")] },
        { "dioura-attack.statements.txt", [Files.Fixture("dioura-attack.txt")] },
        { "kankara-kidnapping.statements.txt", [Files.Fixture("kankara-kidnapping.html")] },
        { "dan-na-ambassagou.statements.txt", [Files.Fixture("dan-na-ambassagou.txt")] },
        { "mauritanian-presidential-election-2019.statements.txt", [Files.Fixture("mauritanian-presidential-election-2019.html")] },
        { "battle-of-kulbus.statements.txt", [Files.Fixture("battle-of-kulbus.txt")] },
        { "siege-of-el-fasher.statements.txt", [Files.Fixture("siege-of-el-fasher.txt")] },
        { "agatu-massacre.statements.txt", [Files.Fixture("agatu-massacre.txt")] },
        { "siege-of-farabougou.statements.txt", [Files.Fixture("siege-of-farabougou.txt")] },
        { "seytenga-massacre.statements.txt", [Files.Fixture("seytenga-massacre.txt")] },
        { "koure-killings.statements.txt", [Files.Fixture("koure-killings.txt")] },
        { "bamako-attacks-2024.statements.txt", [Files.Fixture("bamako-attacks-2024.txt")] },
        { "boko-haram-uprising-2009.statements.txt", [Files.Fixture("boko-haram-uprising-2009.txt")] },
        { "ndjamena-ceasefire-agreement-2004.statements.txt", [Files.Fixture("ndjamena-ceasefire-agreement-2004.txt")] },
        { "battle-of-goz-beida.statements.txt", [Files.Fixture("battle-of-goz-beida.txt")] },
        { "zaria-massacre.statements.txt", [Files.Fixture("zaria-massacre.txt")] },
        { "sudanese-coup-2019.statements.txt", [Files.Fixture("sudanese-coup-2019.txt")] },
        { "darfur-peace-agreement.statements.txt", [Files.Fixture("darfur-peace-agreement.txt")] },
        { "nigerien-coup-attempt-2021.statements.txt", [Files.Fixture("nigerien-coup-attempt-2021.txt")] },
        { "malian-counter-coup-2012.statements.txt", [Files.Fixture("malian-counter-coup-2012.html")] },
        { "kuje-prison-attack.statements.txt", [Files.Fixture("kuje-prison-attack.txt")] },
        { "burkinabe-coup-january-2022.statements.txt", [Files.Fixture("burkinabe-coup-january-2022.html")] },
        { "khartoum-massacre.statements.txt", [Files.Fixture("khartoum-massacre.txt")] },
        { "timbuktu-mausoleums.statements.txt", [Files.Fixture("timbuktu-mausoleums.txt")] },
        { "kolofata-kidnapping.statements.txt", [Files.Fixture("kolofata-kidnapping.txt")] },
        { "aleg-killings.statements.txt", [Files.Fixture("aleg-killings.html")] },
        { "sobane-da-massacre.statements.txt", [Files.Fixture("sobane-da-massacre.txt")] },
        { "mamudo-school-attack.statements.txt", [Files.Fixture("mamudo-school-attack.txt")] },
        { "gamboru-ngala-attack.statements.txt", [Files.Fixture("gamboru-ngala-attack.txt")] },
        { "kafolo-attack.statements.txt", [Files.Fixture("kafolo-attack.html")] },
        { "ansaru.statements.txt", [Files.Fixture("ansaru.txt")] },
        { "fall-of-wad-madani.statements.txt", [Files.Fixture("fall-of-wad-madani.html")] },
        { "kpinkankandi-attack.statements.txt", [Files.Fixture("kpinkankandi-attack.txt")] },
        { "black-thursday-chad.statements.txt", [Files.Fixture("black-thursday-chad.txt")] },
        { "jeddah-declaration.statements.txt", [Files.Fixture("jeddah-declaration.html")] },
        { "patriotic-liberation-front-niger.statements.txt", [Files.Fixture("patriotic-liberation-front-niger.txt")] },
        { "mansila-attack.statements.txt", [Files.Fixture("mansila-attack.html")] },
        { "bello-turji.statements.txt", [Files.Fixture("bello-turji.txt")] },
        { "nouna-massacre.statements.txt", [Files.Fixture("nouna-massacre.html")] },
        { "july-2025-attacks-in-western-mali.statements.txt", [Files.Fixture("july-2025-attacks-in-western-mali.txt")] },
        { "battle-of-amchide.statements.txt", [Files.Fixture("battle-of-amchide.html")] },
        { "ali-lamine-zeine.statements.txt", [Files.Fixture("ali-lamine-zeine.txt")] },
        { "siege-of-babanusa.statements.txt", [Files.Fixture("siege-of-babanusa.html")] },
        { "ngouboua-attack.statements.txt", [Files.Fixture("ngouboua-attack.txt")] },
        { "anderamboukane-massacres.statements.txt", [Files.Fixture("anderamboukane-massacres.txt")] },
        { "extraordinary-african-chambers.statements.txt", [Files.Fixture("extraordinary-african-chambers.html")] },
        { "tudun-biri-drone-strike.statements.txt", [Files.Fixture("tudun-biri-drone-strike.txt")] },
        { "tamanrasset-accords.statements.txt", [Files.Fixture("tamanrasset-accords.txt")] },
        { "wad-al-nourah-massacre.statements.txt", [Files.Fixture("wad-al-nourah-massacre.html")] },
        { "solenzo-massacre.statements.txt", [Files.Fixture("solenzo-massacre.txt")] },
        { "southern-kaduna-crisis.statements.txt", [Files.Fixture("southern-kaduna-crisis.html")] },
        { "comprehensive-peace-agreement.statements.txt", [Files.Fixture("comprehensive-peace-agreement.txt")] },
        { "kaduna-train-attack.statements.txt", [Files.Fixture("kaduna-train-attack.txt")] },
        { "kidnapping-of-jeffery-woodke.statements.txt", [Files.Fixture("kidnapping-of-jeffery-woodke.html")] },
        { "battle-of-damasak.statements.txt", [Files.Fixture("battle-of-damasak.txt")] },
        { "gubio-massacre.statements.txt", [Files.Fixture("gubio-massacre.txt")] },
        { "titao-ambush.statements.txt", [Files.Fixture("titao-ambush.txt")] },
        { "lakurawa.statements.txt", [Files.Fixture("lakurawa.txt")] },
        { "capture-of-singa.statements.txt", [Files.Fixture("capture-of-singa.html")] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_statements_pages_state_are_read_with_high_precision_and_most_of_them_found(string expectedFile, string[] pages)
    {
        await _database.ImportAsync(pages);
        var expected = Expected(expectedFile);

        var found = (await _database.ExportAsync()).Articles
            .SelectMany(a => a.Statements.Select(s => Key(a.Slug, s.Label, s.Object ?? $"\"{s.Name}\"", s.Qualifiers.GetValueOrDefault("side", ""))))
            .ToHashSet(StringComparer.Ordinal);

        var right = found.Intersect(expected).Count();
        var precision = found.Count == 0 ? 0 : (double)right / found.Count;
        var recall = (double)right / expected.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"statements: {found.Count} found, {expected.Count} expected, {right} right: precision {precision:P0}, recall {recall:P0}"));
        foreach (var extra in found.Except(expected).Order(StringComparer.Ordinal))
        {
            output.WriteLine($"  not stated: {extra}");
        }

        foreach (var missed in expected.Except(found).Order(StringComparer.Ordinal))
        {
            output.WriteLine($"  missed:     {missed}");
        }

        Assert.True(precision >= 0.95, $"precision {precision:P0}");
        Assert.True(recall >= 0.70, $"recall {recall:P0}");
        var floor = Floor(expectedFile);
        Assert.True(right >= floor.Right, $"{right} right, below the page's floor of {floor.Right}");
        Assert.True(found.Count - right <= floor.NotStated, $"{found.Count - right} not stated, above the page's floor of {floor.NotStated}");
    }

    [Fact]
    public async Task A_statement_keeps_its_sentence_its_page_and_its_period()
    {
        await _database.ImportAsync(Files.Seed);

        var framework = await _database.ArticleAsync("permanent-strategic-framework-for-peace-security-and-development");

        // Stated in Fahad Ag Almahmoud's summary: "Between March and August 2022, Almahmoud served as the president of the CSP-PSD, …"
        var led = Assert.Single(framework.Statements, s => s.Label == "led_by" && s.Object == "fahad-ag-almahmoud");
        Assert.Equal("P1037", led.Property);
        Assert.StartsWith("Between March and August 2022, Almahmoud served as the president of the CSP-PSD", led.Evidence, StringComparison.Ordinal);
        Assert.Equal("000_93b557a858d81a10.txt", led.Source);
        Assert.Equal(new Dictionary<string, string> { ["from"] = "2022-03", ["to"] = "2022-08" }, led.Qualifiers);
    }

    [Theory]
    [InlineData("It reportedly fought the Malian army in Gao Region.")]
    [InlineData("The group is believed to have been founded by Iyad Ag Ghaly.")]
    [InlineData("Other rebel groups claim to belong to the Coordination of Azawad Movements.")]
    public void A_hedged_or_reported_claim_states_nothing(string sentence)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Front", Sahel.Kb.Domain.ArticleKind.Group, [], $"The Test Front is an armed group in Mali. {sentence}", []));

        Assert.Empty(statements);
    }

    [Fact]
    public void Who_attempted_a_coup_carried_it_out_and_the_later_pair_of_sides_keeps_its_numbers()
    {
        // Only the attackers' side was known: "Soldiers loyal to X attacked … but were defeated by the "Y" of the junta" numbers
        // the attackers and their victors as written; a name in quotes stands as the name.
        const string summary = "The Test counter-coup was an attempt by paratroopers of the Test Regiment, the \"Red Testers\", to overthrow the military junta on 30 April 2012. "
            + "Soldiers loyal to the deposed president Amadou Test attacked the airport, but they were defeated by the \"Green Testers\" of the junta.";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test counter-coup", Sahel.Kb.Domain.ArticleKind.Event, [], summary, []));

        Assert.Equal(
            ["participant Amadou Test side=1", "participant Green Testers side=2", "participant Test Regiment side=1", "perpetrator Test Regiment "],
            statements.Where(s => s.Property.Label is "participant" or "perpetrator").Select(s => $"{s.Property.Label} {s.ObjectName} {s.QualifierText}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Who_one_side_said_led_a_plot_is_no_side_of_it()
    {
        const string summary = "The Test coup attempt took place on 31 March 2021 in Testamey. The government said that the plot was led by Captain Sani Test.";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test coup attempt", Sahel.Kb.Domain.ArticleKind.Event, [], summary, []));

        Assert.Equal(["location Testamey"], statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("Operation Test", "Operation Test is a military operation of the Malian Armed Forces, launched in 2019.", "participant Malian Armed Forces")]
    [InlineData("Operation Test", "Operation Test is a military operation in Mali. It was supported by French forces of Operation Serval until 2014.", "participant Operation Serval")]
    // A battle's supporter is on a side the sentence does not give; one a relative clause names supported someone else.
    [InlineData("Battle of Test", "The Battle of Test was a battle in Mali. It was supported by Algeria.")]
    [InlineData("Operation Test", "Operation Test is a military operation in Mali. It targeted a group that was supported by Libya.")]
    // The parties to talks, on no side; not talks an attack's summary mentions.
    [InlineData("Testah talks", "The Testah talks were negotiations between the Sudanese Armed Forces and the Rapid Test Forces held in Testah, Testia, from 6 May 2023.", "participant Sudanese Armed Forces", "participant Rapid Test Forces")]
    [InlineData("Testah attack", "The Testah attack took place in 2023. It came during negotiations between the Sudanese Armed Forces and the Rapid Test Forces.")]
    public void An_operation_is_its_forces_and_its_supporters(string title, string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, title, Sahel.Kb.Domain.ArticleKind.Event, [], summary, []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label != "location").Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("It brought together eight groups, among them the Sahel Front and the Desert Movement.", "has_part Sahel Front", "has_part Desert Movement")]
    [InlineData("It is an alliance of the Sahel Front and the Desert Movement.", "has_part Sahel Front", "has_part Desert Movement")]
    [InlineData("They consist of the Testan Army, the Testan Navy and the Testan Air Force.", "has_part Testan Army", "has_part Testan Navy", "has_part Testan Air Force")]
    [InlineData("They comprise the Testan Army, the Testan Air Force and the National Test Gendarmerie.", "has_part Testan Army", "has_part Testan Air Force", "has_part National Test Gendarmerie")]
    [InlineData("Its founding members were the Sudan People's Test Movement–North and the Test Equality Movement.", "has_part Sudan People's Test Movement–North", "has_part Test Equality Movement")]
    // The groups an alliance names after "among them", not a faction of another; nor whom the groups are loyal to.
    [InlineData("It is an alliance of Tuareg and Arab armed groups of northern Mali formed in 2014, among them the Test Movement, the High Test Council and a faction of the Arab Test Movement.", "has_part Test Movement", "has_part High Test Council")]
    [InlineData("It is the coalition of armed groups loyal to Bamako.")]
    public void A_coalition_is_made_of_the_groups_it_names(string sentence, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Coalition", Sahel.Kb.Domain.ArticleKind.Group, [], $"The Test Coalition is a coalition of rebel groups. {sentence}", []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label == "has_part").Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("The Test Rebellion was an armed uprising of Tuareg groups against the governments of Niger and Mali.", "participant Niger 2", "participant Mali 2")]
    [InlineData("The Test Rebellion was an armed uprising against the Malian Army.", "participant Malian Army 2")]
    [InlineData("The Test Rebellion was a series of mass protests in Burkina Faso in October 2014 against President Blaise Test.", "participant Blaise Test 2")]
    // Who rebelled against whom; peoples a campaign struck are no side.
    [InlineData("The War in Testfur was an armed conflict in Sudan that began in February 2003, when the Sudan Test Movement and the Test Equality Movement rebelled against the government of Sudan. The government answered with a campaign against the Fur, Masalit and Zaghawa peoples.", "participant Sudan Test Movement 1", "participant Test Equality Movement 1", "participant Sudan 2")]
    // Who repelled the attackers held against them.
    [InlineData("On 17 September 2024, fighters of the Test Front attacked the gendarmerie school of Testadié in Bamako. The Malian Armed Forces repelled the attackers after several hours of fighting.", "participant Test Front 1", "participant Malian Armed Forces 2")]
    // A revolt by a sect against a state it does not name: the sect's side alone.
    [InlineData("The Test uprising was an armed revolt by the Islamist sect Boko Test against the Nigerian state, fought in July 2009.", "participant Boko Test 1")]
    // "The rebels, led by X": X stands on the side an earlier sentence called rebels.
    [InlineData("The Battle of Testa was fought in 2006 in Testa between the Chadian Test Army and rebels of the Union of Test Forces. The rebels, led by Mahamat Testi, took the town.", "participant Chadian Test Army 1", "participant Union of Test Forces 2", "participant Mahamat Testi 2")]
    // A city taken "from" a side, and no coup's perpetrator in whoever took it.
    [InlineData("The Battle of Testani took place from 15 to 19 December 2023, when the Rapid Test Forces captured Testani, the capital of Al Testirah State in central Sudan, from the Sudanese Armed Forces, which withdrew.", "participant Rapid Test Forces 1", "participant Sudanese Armed Forces 2")]
    // An acronym the text never defines is the name in it whose initials it is, in another order too: one side, not two.
    [InlineData("The Testal attack was a battle fought in May 2014 in Testal between the Malian Armed Forces and the National Movement for the Test of Azawad. It began when fighters of the MNTA attacked the governorate.", "participant Malian Armed Forces 1", "participant National Movement for the Test of Azawad 2")]
    [InlineData("The fall of Testani took place on 18 December 2023, when the Rapid Test Forces entered Testani, the capital of Testira State in central Sudan, after three days of fighting with the Sudanese Armed Forces, whose troops withdrew.", "participant Rapid Test Forces 1", "participant Sudanese Armed Forces 2")]
    // Two states' troops, written with one noun, who crossed over and took a town back from a group: each a side, the group the other.
    [InlineData("The Battle of Testasak was fought in March 2015, when Chadian and Nigerien troops crossed the border from Testa and retook Testasak, a town in Testno State, Nigeria, from Testo Haram, which had held it since 2014.", "participant Chadian troops 1", "participant Nigerien troops 1", "participant Testo Haram 2")]
    // Who gave up the camp besieged held it against the besiegers, whatever befell it on the way.
    [InlineData("The siege of Testalit took place in 2012, when fighters of the Test Movement surrounded a camp near Testalit. The Testian Army, whose supply convoys were ambushed on the road from Testo, evacuated the camp by air.", "participant Test Movement 1", "participant Testian Army 2")]
    public void An_uprising_is_against_the_side_it_names(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Rebellion", Sahel.Kb.Domain.ArticleKind.Event, [], summary, []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label == "participant").Select(s => $"{s.Property.Label} {s.ObjectName} {s.Qualifiers.FirstOrDefault(q => q.Key == "side").Value}"));
    }

    [Theory]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test took place in 2018 near Gao. The Test Army, backed by air strikes of the Test Air Force, repelled the attack.", "participant Test Army 2", "participant Test Air Force 2")]
    // Whose camps were assaulted, after "by" who assaulted them and "on"; a town after "on" is no side.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Test attacks were two assaults on 30 September 2019 by the Test Front on camps of the Test Armed Forces at Testou.", "participant Test Front 1", "participant Test Armed Forces 2")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Test attack was an attack in 2019 by the Test Front on Testou.")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Test attack took place in 2019, when several hundred jihadists attacked a base of the Test Army at Gao.", "participant Test Army 2")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Front is a jihadist group which split from the Old Front in 2016 after its founders named Abu Test its leader.", "led_by Abu Test ")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Commission is a body founded in 1964. The Central African Republic joined in 1994 and Libya in 2008.", "has_part Central African Republic ", "has_part Libya ")]
    // Only who joined the body itself, in its own summary: another's joining is not.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Commission is a body founded in 1964. Its chairman later joined the Old Front in 1994.")]
    // A commander of a force named by a common noun is on the side of that state's force; on neither when the noun cannot tell them apart.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought in 1987 between the Chadian Test Armed Forces and the Libyan army. The Chadian forces, commanded by Hassan Test, overran the town.", "participant Chadian Test Armed Forces 1", "participant Libyan army 2", "participant Hassan Test 1")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought in 2009 between the Rebel Test Front and the Chadian Test Army. The army, commanded by President Idriss Test, routed the rebels.", "participant Rebel Test Front 1", "participant Chadian Test Army 2", "participant Idriss Test 2")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought in 1987 between the Chadian Test Army and the Libyan army. The army, commanded by Hassan Test, overran the town.", "participant Chadian Test Army 1", "participant Libyan army 2")]
    // Who retook what was attacked, in any sentence of the event, and their supporters.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Test attack took place in 2016. Thirty people were killed. Burkinabè forces, supported by French special forces of Operation Test, retook the hotel the next morning.", "participant Burkinabè forces 2", "participant Operation Test 2")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Front is a jihadist group. Its leader from 2004 to 2020 was Abdelmalek Test.", "led_by Abdelmalek Test ")]
    // The victor when the defeated have no name; the force, not the president whose it was.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Test War was a war in Chad. It is named after the trucks with which the Chadian Test Armed Forces of President Hissène Test defeated the far larger Libyan forces.", "participant Chadian Test Armed Forces 1")]
    // Who was ambushed and who ambushed them, with whoever else attacked "it"; alone, "attacked it" gives no side.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought in 2024 near Gao. A column of the Test Armed Forces and mercenaries of the Test Group was ambushed by rebels of the Test Front, while jihadists of the Test Jihad attacked it as it withdrew.", "participant Test Armed Forces 1", "participant Test Group 1", "participant Test Front 2", "participant Test Jihad 2")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought in 2024 near Gao. Jihadists of the Test Jihad attacked it.")]
    // Who commanded a unit, however long, after an opening participle's clause.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Regiment was an elite unit. Commanded for most of its existence by Gilbert Test, it staged the coup of 2015.", "led_by Gilbert Test ")]
    // A company's subsidiaries are its parts.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "Test SA was a French company. It operated the mines of Testlit through its subsidiaries Somaïr and Testak.", "has_part Somaïr ", "has_part Testak ")]
    // Where a coalition is and what its members are, not its members.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Front is a separatist coalition of northern Mali.")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Front was a coalition of Tuareg and Arab armed groups in northern Mali.")]
    // Who drove whom out, with whoever supported them; sides as the first sentence numbered them.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought in 2012 between the Test Movement and the Test Jihad. Islamists of the Test Jihad, supported by fighters of Ansar Test, drove the Test Movement out of the city.", "participant Test Movement 1", "participant Test Jihad 2", "participant Ansar Test 2")]
    // The side "an alliance of … led by" a group is that group.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test took place in 2014 in Kidal, between the Test Armed Forces and an alliance of Tuareg and Arab rebel groups led by the Test Movement.", "participant Test Armed Forces 1", "participant Test Movement 2")]
    // The one side named, when the other is told in common nouns.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought on 17 January 2015 between the Coordination of Test Movements and pro-government militias for control of Testkort.", "participant Coordination of Test Movements 1")]
    // The soldiers an attack killed are of the other side.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Test attack took place on 16 December 2016, when about forty gunmen of Ansarul Test attacked a military post in Testoumbou, killing twelve soldiers of the Test Armed Forces.", "participant Test Armed Forces 2", "participant Ansarul Test 1")]
    // The force whose base the others withdrew from held it with them.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The capture of Testa took place on 29 June 2024, when the Rapid Test Forces (RTF) seized Testa, the capital of Testar State, after the Testanese Armed Forces withdrew from the town's 17th Test Division base.", "participant 17th Test Division 2", "participant Testanese Armed Forces 2", "participant Rapid Test Forces 1")]
    // Of a convoy of civilians and a militia, the militia is the side attacked.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Testao ambush took place on 23 December 2021, when jihadists ambushed a convoy of civilians and Volunteers for the Test of the Homeland (VDT) travelling from Testao to Testigouya.", "participant Volunteers for the Test of the Homeland 2")]
    // The one side named before committees told in common nouns; who supported "the army" is on the side of the state's force.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Test clashes were fought in August 2019 in Testi, between the Testian National Army and local Toubou self-defence committees. The army, supported by aircraft of the Testian Air Force, retook the area after two weeks.", "participant Testian National Army 1", "participant Testian Air Force 1")]
    // A later pair that shares no actor with the sides known fought on no known side.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought on 17 January 2015 between the Coordination of Test Movements and pro-government militias. A helicopter of the Test Mission struck MAA positions on 20 January.", "participant Coordination of Test Movements 1", "participant Test Mission ", "participant MAA ")]
    // One that does, by an acronym the text never defines but whose letters are the initials of a side's name: the other side.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The battle of Test was fought on 17 January 2015 between the Coordination of Test Movements and pro-government militias. A helicopter of the Test Mission struck CTM positions on 20 January.", "participant Coordination of Test Movements 1", "participant Test Mission 2")]
    // An incursion "by" a group "into" a country, and the army that defeated the rebels: both sides and the place.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Test offensive was an incursion by the Front for Test into northern Chad from Libya. The rebels advanced south before being defeated by the Chadian Test Army near Testou.", "participant Front for Test 1", "participant Chadian Test Army 2")]
    // An operation "of" an army "against" a group: both sides.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "Operation Test was a counter-insurgency operation of the Nigerian Test Army against Boko Test in north-eastern Nigeria.", "participant Nigerian Test Army 1", "participant Boko Test 2")]
    // "The Army" without its country is no part's name.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Armed Forces are the military of Mali, comprising the Army, the Air Force and the National Test Guard.", "has_part National Test Guard ")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Armed Forces are the military forces of Sudan, comprising the Land Forces, the Air Force and the Navy.")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Armed Forces are the military of Testo, made up of the army, the navy, the air force and the National Test Gendarmerie.", "has_part National Test Gendarmerie ")]
    // The leader of a junta whose officers command a body does not lead the body; a conflict's named side against gangs.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Armed Forces are the military of Mali. Since the coup of 2020 they have been commanded by officers of the junta led by Assimi Test.")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "Banditry in Test is an armed conflict between the Test Federal Government and criminal gangs, known as bandits.", "participant Test Federal Government 1")]
    // Who encircled or blockaded a town besieged it; who defended it, "and by" another, is the other side; named camps shelled are no side.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The siege of Test began in May 2024, when the Test Support Forces encircled El Test, the capital of North Testfur. The city was defended by the army's 6th Infantry Division and by the Joint Testfur Force. The TSF shelled the Abu Test and Testzam camps for displaced people.", "participant Test Support Forces 1", "participant 6th Infantry Division 2", "participant Joint Testfur Force 2")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The siege of Testbougou began in October 2020, when jihadists of Jama'at Nasr al-Test blockaded Testbougou, a village in central Mali.", "participant Jama'at Nasr al-Test 1")]
    // A war "between" two forces, the first's leader between commas; the second's leader after "of" stands beside it, as elsewhere.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Event, "The Testanese civil war is an armed conflict that began on 15 April 2023 between the Testanese Armed Forces, led by Abdel Test al-Burhan, and the Rapid Test Forces of Mohamed Test Dagalo, over the integration of the paramilitaries.", "participant Testanese Armed Forces 1", "participant Rapid Test Forces 2", "participant Mohamed Test Dagalo 2")]
    public void Who_fought_led_and_joined_is_read(Sahel.Kb.Domain.ArticleKind kind, string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test", kind, [], summary, []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label is "participant" or "led_by" or "has_part").Select(s => $"{s.Property.Label} {s.ObjectName} {s.Qualifiers.FirstOrDefault(q => q.Key == "side").Value}"));
    }

    [Theory]
    // A force or coalition a body took part in; an event it took part in is no body.
    [InlineData("The Test Armed Forces are the military of Testland. Since 2017 they have taken part in the G5 Test Joint Force.", "member_of G5 Test Joint Force")]
    [InlineData("The Test Army was founded in 1960. It took part in the Multinational Test Task Force from 2015.", "member_of Multinational Test Task Force")]
    [InlineData("The Test Army was founded in 1960. It took part in the Battle of Testou in 2013.")]
    public void A_force_a_body_took_part_in_is_one_it_belongs_to(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Army", Sahel.Kb.Domain.ArticleKind.Group, [], summary, []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label == "member_of").Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    // The land that holds the place, after a comma, after "in" or after "of".
    [InlineData("John Test (1973 – 2021) was a jihadist. Born in Testoune, Western Testara, he joined a group in 2011.", "place_of_birth Testoune", "place_of_birth Western Testara")]
    [InlineData("John Test (1973 – 2021) was a jihadist. Born in Testoune, in the Assaba Region, he joined a group in 2011.", "place_of_birth Testoune", "place_of_birth Assaba Region")]
    [InlineData("John Test (1973 – 2021) was a jihadist. He was killed by a drone strike in the Ménaka Region of Mali in 2021.", "place_of_death Ménaka Region", "place_of_death Mali")]
    [InlineData("John Test (1973 – 2021) was a jihadist. He died in Testal in 2021.", "place_of_death Testal")]
    [InlineData("John Test (1949 – 1999) was an officer. He was shot dead by soldiers of his own presidential guard at Testal International Airport in Testamey.", "place_of_death Testal International Airport", "place_of_death Testamey")]
    // Where he lives now, past the bracket of his life, is no birthplace.
    [InlineData("John Test (born 1960) is a Testerian scholar based in Testuna.")]
    // A place cut by the mirror may be a part of its name ("Par…" for Paris): none.
    [InlineData("John Test (1949 – 2020) was a politician. He died of COVID-19 in Par…")]
    public void Where_one_was_born_or_died_is_read_with_the_land_that_holds_it(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, []));

        Assert.Equal(expected.Order(StringComparer.Ordinal), statements.Where(s => s.Property.Label is "place_of_birth" or "place_of_death").Select(s => $"{s.Property.Label} {s.ObjectName}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("John Test (1952 – 1989) was an officer who was commander-in-chief of the Chadian Test Armed Forces from 1985 to 1989.", "member_of Chadian Test Armed Forces")]
    // A body someone broke with, founded or headed without its article here was theirs, after an opening participle's clause;
    // "which merged with … to form X" is another's founding; a force named by its country is no body's name.
    [InlineData("John Test is a rebel leader. Elected to the National Assembly for Kidal in 2007, he broke with Ansar Test in January 2013 to found the Islamic Movement of Test, and has headed the High Council for Test since 2014.", "member_of Islamic Movement of Test", "member_of High Council for Test", "member_of Ansar Test")]
    [InlineData("John Test is a jihadist. In 2012 he left AQIM and founded the Test Brigade, which merged with MUJAO in August 2013 to form Al-Test.", "member_of Test Brigade")]
    [InlineData("John Test is a general. He led the Chadian forces at Fada in 1987.")]
    [InlineData("John Test was a politician. A leader of the Sudanese Test Alliance, a Masalit armed movement that signed the Juba Peace Agreement in 2020, he was abducted in 2023.", "member_of Sudanese Test Alliance")]
    [InlineData("John Test was an officer who chaired the Military Council for Test and was head of state of Mauritania.", "member_of Military Council for Test", "position_held Head of State of Mauritania")]
    // A union, a society or a league is a body too; a union of states a president chaired in turn has states for members, not him.
    [InlineData("John Test is a cleric. He studied at Ahmadu Test University, where he led the Muslim Testents' Society.", "member_of Muslim Testents' Society")]
    [InlineData("John Test is a politician. He led the Testo Workers' Union from 1990 to 1995.", "member_of Testo Workers' Union")]
    [InlineData("John Test was President of Benin. He chaired the African Union from 2012 to 2013.", "position_held President of Benin")]
    [InlineData("John Test is a diplomat. From 2004 to 2008 he was the special envoy of the African Union for the Testfur talks.")] // its envoy the same
    [InlineData("John Test is a diplomat. From 2004 to 2008 he was the special envoy of the Test Front for the Testfur talks.", "member_of Test Front")] // a body's name stops before "for the … talks"
    // A commander of a body with no group word in its name, and of its brigade; a deputy of a person is no member of him.
    [InlineData("John Test was an Algerian jihadist and a senior commander of al-Qaeda in the Islamic Test, who led its Tarik Test Brigade.", "member_of al-Qaeda in the Islamic Test", "member_of Tarik Test Brigade")]
    [InlineData("John Test is a Fulani preacher and a deputy of Iyad Ag Test.")]
    // A name that runs into the mirror's cut through "in" may be cut: none ("… leader of the Alliance for Democracy in Mali ...").
    [InlineData("John Test is a politician and leader of the Alliance for Test in Mali…")]
    // One who deserted a force to join others, in turn, was a member of each.
    [InlineData("John Test was a colonel and jihadist. He deserted from the Test Armed Forces in 2012 to join the MNTA, then Ansar Test.", "member_of Test Armed Forces", "member_of MNTA", "member_of Ansar Test")]
    // A name of several words the cut ends may be cut inside its last word, unless that word says what it names.
    [InlineData("John Test is a politician. Born in Gao, he was a member of the Testa Koy militia and later joined the Coordination of Patriotic Movements of Resistan…", "place_of_birth Gao", "member_of Testa Koy")]
    [InlineData("John Test is a politician. Born in Gao, he later joined the Test Patriotic Front…", "place_of_birth Gao", "member_of Test Patriotic Front")]
    // The side one went over to, and the land in whose east one was born (not the town west of which).
    [InlineData("John Test is a militia leader who commanded the Rapid Test Forces in Testira State until October 2024, when he defected to the Sudanese Armed Forces. Born in Testana, in the east of Testira State, he founded a militia.", "member_of Rapid Test Forces", "member_of Sudanese Armed Forces", "place_of_birth Testana", "place_of_birth Testira State")]
    [InlineData("John Test is a jihadist. Born in Testoune, west of Testbuktu, he was a teacher.", "place_of_birth Testoune")]
    // "Islamic State …" is a body, whatever its last word.
    [InlineData("John Test was a Nigerian jihadist who led the Islamic State West Africa Test Province from 2016 to 2019.", "member_of Islamic State West Africa Test Province")]
    // What the noun before it says it is: "the party Yéléma".
    [InlineData("John Test is a politician. An accountant, he founded the party Testema in 2010.", "member_of Testema")]
    // The body one commanded in a region, not a body "in" it; the group of a body one had led; no death in the brackets of his dates.
    [InlineData("John Test (died 23 December 2021) was a militia leader who commanded the Volunteers for the Test of the Homeland in the North Region. He had led a self-defence group of the Testweogo in the Testum Province since 2017, and was killed in an ambush near Testao.", "member_of Volunteers for the Test of the Homeland", "place_of_death Testao", "member_of Testweogo")]
    // The party one left for another, and the other.
    [InlineData("John Test is a politician. He left the All Testia Peoples Party for the Peoples Test Party in 2014.", "member_of All Testia Peoples Party", "member_of Peoples Test Party")]
    public void A_body_a_person_commanded_founded_headed_or_left_without_its_article_here_was_theirs(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, []));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("The Test Broom is a civil society movement founded in 2013 by the musicians Smockey Test and Sams Le Test.", "founded_by Smockey Test", "founded_by Sams Le Test")]
    [InlineData("The Test Party is a party. It was founded in 1996 by the merger of the Organization for Popular Test – Labour Movement and other parties.", "replaces Organization for Popular Test – Labour Movement")]
    // A nationality before a name that opens with a creed describes it. (What "grew out of" a body without a word that the body
    // was renamed split from it: it did not end; written "replaces" until the ninety-seventh page.)
    [InlineData("The Test Front is a jihadist group that grew out of the Algerian Salafist Group for Test and Combat.", "separated_from Salafist Group for Test and Combat")]
    // A coalition formed by a group "and seven other groups" is made of them; a body formed by a person, his.
    [InlineData("The Test Front was a coalition of rebel groups formed in December 2005 by the Rally for Test and seven other groups.", "has_part Rally for Test")]
    [InlineData("The Test Rally was a rebel group formed in 2005 by Mahamat Test, a former officer.", "founded_by Mahamat Test")]
    // A junta proclaimed by a body was founded by it.
    [InlineData("The Test Council was the military junta proclaimed by the Test Regiment on 17 September 2015.", "founded_by Test Regiment")]
    // A merger of another body's groups replaces it; so does a body made when another was split.
    [InlineData("The Test Service is the intelligence agency of Nigeria, created in 1986 when the National Test Organization was split into three agencies.", "replaces National Test Organization")]
    [InlineData("The Test Front is a coalition founded in 2024 by the merger of the groups of the Old Test Framework.", "replaces Old Test Framework")]
    // What a body broke away from, and what it merged into with others, not those others.
    [InlineData("The Test Jihad was a jihadist organisation that broke away from al-Qaeda in the Islamic Test in late 2011.", "separated_from al-Qaeda in the Islamic Test")]
    [InlineData("The Test Front is a jihadist group. In March 2017 it merged with Al-Test and the Macina Test Front into Jama'at Nasr al-Test.", "merged_into Jama'at Nasr al-Test")]
    // The states a combined force is "of" are its parts, one named alone its parent; an opening adverb before a participle keeps the sentence about the body.
    [InlineData("The Test Task Force is a combined force of Benin, Cameroon and Chad, headquartered in N'Djamena.", "has_part Benin", "has_part Cameroon", "has_part Chad")]
    [InlineData("The Test Brigade is a joint force of the Test Alliance.", "member_of Test Alliance")]
    [InlineData("The Test Task Force is a military force. Originally formed by Nigeria in 1994 to fight banditry, it was reactivated in 2015.", "founded_by Nigeria")]
    // Leaders in turn, without the period the sentence gives only the second.
    [InlineData("The Test Movement is a junta. It was led first by Paul-Henri Test and, from October 2022, by Ibrahim Test.", "led_by Paul-Henri Test", "led_by Ibrahim Test from=2022-10")]
    // A sentence opening with a long clause of what came before is still the subject's; a name runs into no month.
    [InlineData("The Test Council was a junta. After the Testoum massacre of 3 June 2019 and mediation by the African Union and Ethiopia, it signed an agreement and was replaced by the Sovereignty Test Council in Aug…", "replaced_by Sovereignty Test Council")]
    // A movement's faction that joined a coalition is not the movement; the movement itself joined it.
    [InlineData("The Test Movement is an armed group. In 2014 it split into two factions, one of which joined the Test Coordination.")]
    [InlineData("The Test Movement is an armed group. In 2014 it joined the Test Coordination.", "member_of Test Coordination")]
    [InlineData("The Test Group is a pro-government militia. It belongs to the Test Platform, the coalition of armed groups loyal to Bamako.", "member_of Test Platform")]
    // Defectors from a body split from it; a people named by where they live founded nothing ("Arabs of the … regions").
    [InlineData("The Test Council is a Tuareg armed group founded in May 2013 by defectors from Ansar Test.", "separated_from Ansar Test")]
    [InlineData("The Test Forces is a paramilitary force formed in August 2013 from the Testaweed militias and commanded by John Test.", "replaces Testaweed", "led_by John Test")]
    [InlineData("The Test Movement is an armed group formed in 2012 by Arabs of the Timbuktu and Gao regions.")]
    // A branch of a body that merged is not the body, nor is its name's first word one.
    [InlineData("The Test Alliance is a jihadist alliance formed in 2017 by the merger of Ansar Test, the Test Front and the Sahara branch of al-Qaeda in the Islamic Test.", "replaces Ansar Test", "replaces Test Front")]
    // Its president "since" a year has led it from then.
    [InlineData("The Test Association is an organisation of herders. Its national president since 2018 has been Baba Test, a former civil servant.", "led_by Baba Test from=2018")]
    // Led "since" a year by someone; the group its founder "had split from" is his, not the group's.
    [InlineData("The Test Province is a jihadist group. It was founded in 2015 by Adnan Abu Test, who had split from Al-Testoun. It has been led since 2021 by Abu al-Test.", "founded_by Adnan Abu Test", "led_by Abu al-Test from=2021")]
    // Founded under another name by two men; a faction's leader is not the movement's.
    [InlineData("The Sudan Test Movement is a rebel group in Testfur, founded in 2002 as the Testfur Liberation Front by Abdul Test al-Nur and Minni Testawi. In 2006 it split into a faction led by Testawi and one led by Abdul Test.", "founded_by Abdul Test al-Nur", "founded_by Minni Testawi")]
    // A body's mission is part of it, and made of the states its troops came from.
    [InlineData("The African Union Mission in Testan is a peacekeeping mission of the African Union in Testfur. It grew to about 7,000 troops, mostly from Rwanda and Nigeria.", "part_of African Union", "has_part Rwanda", "has_part Nigeria")]
    // Its commander named after an opening of when, not taken for a month's sentence ("On 26 | July").
    [InlineData("The Test Guard is an elite unit of the Testan Armed Forces. On 26 July 2023 its commander, General Abdou Test, used it to detain the president.", "member_of Testan Armed Forces", "led_by Abdou Test")]
    // A man named before "himself a former paratrooper who had commanded it" led it.
    [InlineData("The Test Regiment is an airborne unit of the Testan Armed Forces. It provided the presidential guard of Amadou Test, himself a former paratrooper who had commanded it.", "member_of Testan Armed Forces", "led_by Amadou Test")]
    // Part of a ministry; "headed by a Controller-General": an office alone leads nothing.
    [InlineData("The Nigerian Test Service (NTS) is the agency that runs the prisons. It is part of the Ministry of Testerior and is headed by a Controller-General.", "member_of Ministry of Testerior")]
    // Who "succeeded him as leader" leads it.
    [InlineData("The Test Movement is a rebel group founded in 2001. After its founder was killed in December 2011, his brother Gibril Test succeeded him as leader.", "led_by Gibril Test from=2011-12")]
    // Who "became its president" after its leader was overthrown leads it, from the day the other's turn ended.
    [InlineData("The Test Movement is the junta that has ruled Testland since 2022. It was led by Paul Testiba until 30 September 2022, when he was overthrown by Captain Ibrahim Testoré, who became its president.", "led_by Paul Testiba to=2022-09-30", "led_by Ibrahim Testoré from=2022-09-30")]
    // A commander-in-chief named with his rank, between commas.
    [InlineData("The Testanese Armed Forces are the military forces of Testan. Their commander-in-chief, General Abdel Test al-Burhan, has also chaired the council since 2019.", "led_by Abdel Test al-Burhan")]
    // A body that "grew out of" another that lives on split from it; one that "grew out of" a body which took the new name replaces it.
    [InlineData("The Test Movement is a Shia organisation. It grew out of the Muslim Testents' Society in the late 1970s.", "separated_from Muslim Testents' Society")]
    [InlineData("Al-Test is a jihadist group that grew out of the Algerian Salafist Group for Test, which took its present name in January 2007.", "replaces Salafist Group for Test")]
    // The union a front "joined the other movements in" is the one it joined.
    [InlineData("The Arab Test Front was an armed group of northern Mali, formed in 1990. It joined the other movements in the Unified Movements and Fronts of Testawad (MFUA) in 1991.", "member_of Unified Movements and Fronts of Testawad")]
    public void Who_founded_a_body_and_what_it_replaced_are_read(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test", Sahel.Kb.Domain.ArticleKind.Group, [], summary, []));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectName}{(s.Qualifiers.Count > 0 ? " " + s.QualifierText : "")}"));
    }

    [Theory]
    // A second office "and" another: its own period, never the first's.
    [InlineData("John Test is a general. He was Chief of Staff of the Test Forces from 2008 to 2018 and Minister of Defence from 2018 to 2019.", "position_held Chief of Staff of the Test Forces from=2008\nto=2018", "position_held Minister of Defence from=2018\nto=2019")]
    [InlineData("John Test is a politician. He was Governor of Testo State from 2003 to 2007 and then Minister of Finance.", "position_held Governor of Testo State from=2003\nto=2007", "position_held Minister of Finance ")]
    // Offices of international bodies, named without "of" a place; a body worked for keeps none of a later clause's period.
    [InlineData("John Test is a diplomat who has been United Nations High Commissioner for Testugees since 1 January 2016. Born in Milan, he worked for the UNHCR in Africa, and was Commissioner-General of the United Nations Relief and Works Agency for Testine Refugees from 2010 to 2014.", "position_held United Nations High Commissioner for Testugees from=2016-01-01", "position_held Commissioner-General of the United Nations Relief and Works Agency for Testine Refugees from=2010\nto=2014")]
    // Offices one "became" in a year, each from its own year.
    [InlineData("John Test is a politician. Born in Testako, he worked for the World Test Bank before he became Minister of Mines in 2013 and Minister of the Economy and Finance in 2016.", "position_held Minister of Mines from=2013", "position_held Minister of the Economy and Finance from=2016")]
    // An office one was appointed to in a year, in a sentence the mirror cut inside a month.
    [InlineData("John Test is a politician. A member of the All Test Congress, he was elected to the Senate in 2019 and appointed Minister of Police Affairs in Aug…", "position_held Minister of Police Affairs ")]
    [InlineData("John Test is a politician. He was appointed Minister of Police Affairs in August 2023.", "position_held Minister of Police Affairs from=2023-08")]
    [InlineData("John Test is a politician. In 2025 he became President of the Council of Ministers under a new constitution.", "position_held President of the Council of Ministers from=2025")]
    // An envoy's office, named with the land he was sent to.
    [InlineData("John Test (born 1960) is a Testian diplomat. Born in Testarh, he was ambassador of Chad to China from 2017 to 2022.", "position_held Ambassador of Chad to China from=2017\nto=2022")]
    // An office one was sworn in as, from the day written after it.
    [InlineData("John Test (born 2 September 1965) is a Testerian banker and politician who was sworn in as Governor of Testo State on 29 May 2023.", "position_held Governor of Testo State from=2023-05-29")]
    // A deputy premier's office; a second office after a charge in lower case.
    [InlineData("John Test is a politician. He was Vice Prime Minister of Testroon from 2004 to 2018. Born in Testfata, he was in charge of defence at the presidency from 1997 to 2001 and Minister of Justice from 2004 to 2011.", "position_held Vice Prime Minister of Testroon from=2004\nto=2018", "position_held Minister of Justice from=2004\nto=2011")]
    // A portfolio listed with commas; a second office after a post at a school, wherever the school is.
    [InlineData("John Test is a politician who has been Governor of Testo State since 29 May 2019. Born in Testa, he was Commissioner for Testruction, Rehabilitation and Resettlement from 2015 to 2019.", "position_held Governor of Testo State from=2019-05-29", "position_held Commissioner for Testruction, Rehabilitation and Resettlement from=2015\nto=2019")]
    [InlineData("John Test is a politician. A member of the All Test Congress, he was rector of the Testam Polytechnic in Testuguri from 2011 to 2015 and then Commissioner for Testruction, Rehabilitation and Resettlement under Governor Test Shettim …", "position_held Rector of the Testam Polytechnic from=2011\nto=2015", "position_held Commissioner for Testruction, Rehabilitation and Resettlement ")]
    // An office of a clause before another's period has none of it.
    [InlineData("John Test is a politician. Born in Testuguri, he was a banker before he served as Commissioner for Finance of Testo State and was Governor of Testo State from 2011 to 2019.", "position_held Commissioner for Finance of Testo State ", "position_held Governor of Testo State from=2011\nto=2019")]
    // Two offices joined by "and", opened by "Before that", share the period written after them.
    [InlineData("John Test is a politician who has been President of South Testan since 9 July 2011. Before that he was First Vice President of Testan and President of Southern Testan from 2005 to 2011.", "position_held President of South Testan from=2011-07-09", "position_held First Vice President of Testan from=2005\nto=2011", "position_held President of Southern Testan from=2005\nto=2011")]
    // A seat for the place it represents; the chair of the body named last before "its", from the words after "its".
    [InlineData("John Test (born 1956) is a politician. Born in Testala, he was senator for Testo Central from 1999 to 2003. He left the All Testia Peoples Party for the Peoples Test Party in 2014, and was its national chairman from February to July 2016, when a court remov …", "position_held Senator for Testo Central from=1999\nto=2003", "position_held National Chairman of the Peoples Test Party from=2016-02\nto=2016-07")]
    public void Each_office_keeps_its_own_period(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label == "position_held").Select(s => $"{s.Property.Label} {s.ObjectName} {s.QualifierText}"));
    }

    [Fact]
    public void A_later_clause_about_the_same_body_gives_it_its_period()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], "John Test is a rebel leader who founded the Test Movement for Justice in 2007 and led it until 2009.", []));

        Assert.Contains("member_of Test Movement for Justice to=2009", statements.Select(s => $"{s.Property.Label} {s.ObjectName} {s.QualifierText}"));
    }

    [Fact]
    public void A_period_of_the_first_clause_is_not_the_seconds()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], "John Test is a general. He commanded the Presidential Test Guard from 2011 and heads the National Test Council, the junta.", []));

        Assert.Equal(["member_of Presidential Test Guard from=2011", "member_of National Test Council "], statements.Select(s => $"{s.Property.Label} {s.ObjectName} {s.QualifierText}"));
    }

    [Theory]
    // Service in a force from when the sentence says; a second force served in after it has none of the first's period.
    [InlineData("John Test is a commander. He has served in the Test Support Forces since 2013.", "member_of Test Support Forces from=2013")]
    [InlineData("John Test is a rebel. He served in the Test Movement from 1990 to 1996 and later fought with the Popular Test Front.", "member_of Test Movement from=1990\nto=1996", "member_of Popular Test Front ")]
    // A body headed, named as a brigade after a comma, is one's own.
    [InlineData("John Test is a jihadist. He was a member of Ansar Test and headed the Testbah, the morality brigade that enforced its rule in Testbuktu.", "member_of Ansar Test ", "member_of Testbah ")]
    // A regiment served in, after an academy trained at, before a deed of his own.
    [InlineData("John Test is an army officer. Born in Testou, he trained at the Georges Test Military Academy and served in the Regiment of Testidential Security before he led the coup of 2022.", "member_of Regiment of Testidential Security ")]
    [InlineData("John Test is an army officer. He served in the Test Regiment.", "member_of Test Regiment ")]
    // A body one worked for; one leader among several of a body; not a people's branch.
    [InlineData("John Test is a politician. Born in Testako, he worked for the World Test Bank before he became Minister of Mines in 2013.", "member_of World Test Bank ")] // a bank is a body
    [InlineData("John Test is a diplomat. Born in Milan, he worked for the UNHCR in Africa, and was Commissioner-General of the United Nations Relief and Works Agency for Testine Refugees from 2010 to 2014.", "member_of UNHCR ")] // none of a later clause's period
    [InlineData("John Test is an economist. Born in Testbad, he worked for the United Nations Economic Commission for Testica in Addis Ababa.", "member_of United Nations Economic Commission for Testica ")]
    [InlineData("John Test is a banker and politician. Born in Testau, he was an executive director of First Bank of Testeria before he won the 2023 election.", "member_of First Bank of Testeria ")] // a director of a bank
    [InlineData("John Test is a lawyer and politician. Born in Testo-Dioulasso, he later headed the Centre for Strategic Testies in Ouagadougou.", "member_of Centre for Strategic Testies ")] // a centre of studies headed
    [InlineData("John Test is a militia leader. A member of the Testiya branch of the Testeigat, he rose as a leader of Testaweed militias during the war.", "member_of Testaweed ")]
    // A party's candidate is its member.
    [InlineData("John Test is a politician. A member of the Peoples Test Party, he was elected governor in 2015 as the candidate of the All Test Congress, which he left in 2018.", "member_of Peoples Test Party ", "member_of All Test Congress ")]
    // A faction named by its leader in brackets is the faction, not the whole body.
    [InlineData("John Test is a rebel leader, the founder and leader of the Testan Liberation Movement (Testawi), a faction of the Testan Liberation Army.", "member_of Testan Liberation Movement (Testawi) ")]
    // A chamber one "represented" a seat in is one's own, for the years written.
    [InlineData("John Test is a politician. A member of the All Test Congress, he represented Testa Central in the Testian Senate from 2019 to 2023.", "member_of All Test Congress ", "member_of Testian Senate from=2019\nto=2023")]
    // A party one leads keeps none of the period of the office "and he was" given after it.
    [InlineData("John Test is a politician. Born in Testabéri, he leads the National Movement for the Test of Society (MNSD-Testara), and he was President of the National Assembly from 2020 to 2023.", "member_of National Movement for the Test of Society ")]
    public void Service_in_a_force_keeps_the_period_written(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label == "member_of").Select(s => $"{s.Property.Label} {s.ObjectName} {s.QualifierText}"));
    }

    [Theory]
    // In a siege or an attack, the force that sent troops is the attackers' foe; in an operation it may be its own side, so nothing is said.
    [InlineData("Siege of Testbougou", "The siege of Testbougou began in October 2020, when jihadists of Jama'at Nasr al-Test blockaded Testbougou. The Test Armed Forces sent troops in October 2020.", "participant Jama'at Nasr al-Test 1", "participant Test Armed Forces 2")]
    [InlineData("Operation Test", "Operation Test was a military operation in Mali. The Test Armed Forces sent troops in October 2020.")]
    public void The_force_sent_against_besiegers_is_the_other_side(string title, string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, title, Sahel.Kb.Domain.ArticleKind.Event, [], summary, []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label == "participant").Select(s => $"{s.Property.Label} {s.ObjectName} {s.QualifierText.Replace("side=", "")}"));
    }

    [Theory]
    // A massacre of civilians has a perpetrator and the town "a town in" a province its place, no sides; one where a force fought back keeps them.
    [InlineData("Testenga massacre", "The Testenga massacre took place on 11 June 2022, when gunmen of the Islamic State – Test Province attacked Testenga, a town in the Testo Province of Burkina Faso, killing 86 civilians.", "perpetrator Islamic State – Test Province", "location Testo Province", "location Testenga", "location Burkina Faso")]
    [InlineData("Testa massacre", "The Testa massacre took place in January 2015, when Boko Test militants overran the base of the Multinational Test Force at Testa.", "participant Boko Test side=1", "participant Multinational Test Force side=2", "perpetrator Boko Test", "location Testa")]
    // Who "dispersed with live fire" a sit-in, beside "other security forces", carried out the massacre.
    [InlineData("Testoum massacre", "The Testoum massacre took place on 3 June 2019, when the Rapid Test Forces and other security forces dispersed with live fire the sit-in of protesters in Testoum.", "perpetrator Rapid Test Forces", "location Testoum")]
    // A campaign by a group to demolish tombs was carried out by it; a named building broken open is a place of the deed.
    [InlineData("Destruction of the Testbuktu mausoleums", "The destruction of the Testbuktu mausoleums was a campaign by the jihadist group Ansar Test to demolish the tombs of saints in Testbuktu. Fighters had destroyed 14 mausoleums and broken open the door of the Sidi Test Mosque.", "perpetrator Ansar Test", "location Testbuktu", "location Sidi Test Mosque")]
    // A kidnapping: who attacked carried it out; the unit whose soldiers "fought the attackers" is the other side; where other hostages were seized is not its place.
    [InlineData("Testfata kidnapping", "The Testfata kidnapping took place on 27 July 2014, when fighters of Testo Haram attacked Testfata, a town in the north of Testroon, and seized 17 people. At least 15 people were killed, among them soldiers of the Rapid Test Battalion who fought the attackers. The hostages were freed in October together with ten workers seized in Testza in May.", "participant Testo Haram side=1", "perpetrator Testo Haram", "location Testroon", "location Testfata", "participant Rapid Test Battalion side=2")]
    // Where suspects "were arrested" afterwards is no place of the killings; the group "blamed" is no perpetrator.
    [InlineData("Testleg killings", "The Testleg killings took place on 24 December 2007, when gunmen shot dead four tourists near Testleg, in southern Mauritania. Al-Qaeda in the Islamic Testreb was blamed for the attack, and three suspects, Sidi Ould Test, Maarouf Ould Test and Mohamed Ould Test, were arrested in Guinea-Bissau in January 2008.", "location Testleg", "location Mauritania")]
    // Attacks in two areas named before their plural noun took place in each, the state they are of and its country.
    [InlineData("2022 Testfara massacres", "The 2022 Testfara massacres were a series of attacks by bandits on villages in the Testa and Testb Local Government Areas of Testfara State, Nigeria, on 4 and 5 January 2022.", "location Testa", "location Testb", "location Testfara State", "location Nigeria")]
    // Attacks in towns of a land, "among them" the towns named: each of those, the region after them and the land.
    [InlineData("July 2025 attacks in western Testia", "The July 2025 attacks in western Testia were coordinated attacks by Jama'at Test al-Islam on army camps and posts in seven towns of western and central Testia on 1 July 2025, among them Testes, Testoli, Sandaré and Nioro du Testel in the Testes Region.", "perpetrator Jama'at Test al-Islam", "location Testia", "location Testes Region", "location Testes", "location Testoli", "location Sandaré", "location Nioro du Testel")]
    // Fighters "crossing from" a town in another land came from there: neither is a side nor the battle's place; a body named after what it
    // does ("Rapid Intervention Battalion") is a side it supported.
    [InlineData("Battle of Testchide", "The Battle of Testchide was fought on 15 October 2014 at Testchide, a border town in the Far North Region of Testroon, when several hundred Boko Test fighters crossing from Testki in Nigeria attacked the town and its army post. The Testroonian Armed Forces, supported by the Rapid Intervention Battalion, repelled the attack and said they had killed 107 of the attackers.", "participant Boko Test side=1", "location Testchide", "location Far North Region", "location Testroon", "participant Testroonian Armed Forces side=2", "participant Rapid Intervention Battalion side=2")]
    // A force that "surrounded" a town besieged it; the force the town was "held by" is no besieger; "one of the longest sieges of" a war is part of it.
    [InlineData("Siege of Testanusa", "The siege of Testanusa began in January 2024, when the Rapid Test Forces surrounded Testanusa, a town in West Testofan, Sudan, held by the 22nd Infantry Division of the Testanese Armed Forces. It was one of the longest sieges of the Sudanese civil war.", "participant Rapid Test Forces side=1", "location West Testofan", "location Sudan", "location Testanusa", "part_of Sudanese civil war")]
    // Fighters who "crossed" a lake "and attacked" a village did it; where troops were sent "two weeks" before is another deed's place.
    [InlineData("Testouboua attack", "The Testouboua attack took place on the night of 12 to 13 February 2015, when Boko Test fighters crossed Lake Testad in motorised canoes and attacked Testouboua, a fishing village in the Lac Region of Chad. It was the first attack of Boko Test on Chadian soil, two weeks after Chad had sent troops to fight the group in Cameroon.", "participant Boko Test side=1", "perpetrator Boko Test", "location Lac Region", "location Testouboua", "location Chad")]
    // Bombings "carried out" on a day in a town, "by female bombers of" a group, were its.
    [InlineData("Testasola bombings", "The Testasola bombings were three suicide attacks carried out on 10 October 2015 in Testasola, a town in the Lac Region of Chad, by female bombers of Boko Test.", "perpetrator Boko Test", "location Testasola", "location Lac Region", "location Chad")]
    // Soldiers who "arrested" civilians "and executed them" carried out the executions.
    [InlineData("Testarabé executions", "The Testarabé executions took place on 12 May 2025 in Testarabé, a town in the Mopti Region of Mali, when soldiers of the Malian Test Forces arrested about twenty Fulani civilians at the weekly market and executed them near the army camp.", "perpetrator Malian Test Forces", "location Testarabé", "location Mopti Region", "location Mali")]
    // Where a government summoned the raiders' ambassador is no place of the raids.
    [InlineData("Testala incursions", "The Testala incursions were raids by soldiers of the Malian Armed Forces into Mauritanian territory near Testala, a border town in the Hodh Test Region of Mauritania, between March and April 2024. The Mauritanian government summoned Mali's ambassador in Nouakchott on 20 April 2024.", "participant Malian Armed Forces side=1", "location Testala", "location Hodh Test Region", "location Mauritania")]
    // A rally is held where it ran from and to, and where it has been held since.
    [InlineData("Dakar Test Rally", "The Dakar Test Rally is an annual off-road endurance rally first run in 1978 from Paris to Testkar, in Senegal. Since 2009 it has been held in South America and, since 2020, in Saudi Ar…", "location Senegal", "location Paris", "location Testkar", "location South America")]
    // The force whose drone or jet struck carried the strike out, in the village the struck were in.
    [InlineData("Tudun Test drone strike", "The Tudun Test drone strike took place on the night of 3 December 2023, when a drone of the Testian Army struck villagers gathered to celebrate Mawlid in Tudun Test, a village in the Igabi Local Government Area of Kaduna State, Nigeria.", "perpetrator Testian Army", "location Tudun Test", "location Igabi", "location Kaduna State", "location Nigeria")]
    [InlineData("Rann test bombing", "The Rann test bombing took place on 17 January 2017, when a jet of the Testian Air Force bombed a camp for displaced people in Rann, a town in the Kala/Balge Local Government Area of Borno State, near the border with Cameroon.", "perpetrator Testian Air Force", "location Rann", "location Kala/Balge", "location Borno State")]
    // A rebellion begun with an attack on a town by a movement's fighters: the town, the movement its first side; and the massacre it followed.
    [InlineData("Test rebellion (1990–1995)", "The Test rebellion of 1990–1995 was an armed uprising of Tuareg and Arab groups in northern Mali and Niger. In Mali it began on 28 June 1990 with an attack on Testaka by fighters of the Popular Movement for the Liberation of Testawad led by Iyad Ag Test; in Niger it followed the Tchin-Testaraden massacre of May 1990.", "location Mali", "location Niger", "location Testaka", "participant Popular Movement for the Liberation of Testawad side=1", "follows Tchin-Testaraden massacre")]
    // Clashes in a state's south and in three areas named before their lower-case noun; not where the riots they grew out of were.
    [InlineData("Southern Testuna crisis", "The Southern Testuna crisis is a series of communal clashes and killings in the southern part of Testuna State, Nigeria, between herders and farmers. It grew out of the riots of 1987 in Kafantest and of 1992 in Zangon Test, and since 2016 raids on villages in the Kaura, Kajuru and Zangon Test local government areas have killed hundreds.", "location Testuna State", "location Nigeria", "location Kaura", "location Kajuru", "location Zangon Test")]
    public void A_massacre_has_its_perpetrator_and_its_place(string title, string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, title, Sahel.Kb.Domain.ArticleKind.Event, [], summary, []));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectName}{(s.Qualifiers.Count > 0 ? " " + s.QualifierText : "")}"));
    }

    [Fact]
    public void A_bodys_leaders_named_as_included_led_it_for_the_period_written()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Party", Sahel.Kb.Domain.ArticleKind.Group, [],
            "The Test Party was the ruling party of Testania. Its leaders included John Test, its president from 2014 to 2017.", []));

        Assert.Equal(["led_by John Test from=2014\nto=2017"], statements.Select(s => $"{s.Property.Label} {s.ObjectName} {s.QualifierText}"));
    }

    [Fact]
    public void An_opening_phrases_body_has_none_of_the_main_clauses_period()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [],
            "John Test is a politician. A member of the All Testives Congress, he was Speaker of the House of Test from 2003 to 2007.", []));

        Assert.Equal(["member_of All Testives Congress ", "position_held Speaker of the House of Test from=2003\nto=2007"],
            statements.Select(s => $"{s.Property.Label} {s.ObjectName} {s.QualifierText}"));
    }

    [Theory]
    [InlineData("John Test is a retired general who was Chief of Army Staff from 2015 to 2021.", "position_held Chief of Army Staff")]
    [InlineData("John Test is a general who became Chief of the General Staff in 2019.", "position_held Chief of the General Staff")]
    [InlineData("John Test is a politician who was Governor of Testo State from 29 May 2003 to 29 May 2011.", "position_held Governor of Testo State")]
    [InlineData("John Test is an officer who was acting head of state of Burkina Faso from 1 to 21 November 2014 and Prime Minister of Burkina Faso from 23 November 2014.", "position_held Head of State of Burkina Faso", "position_held Prime Minister of Burkina Faso")]
    // A body's deputy chair; a leader of a body described at length before the subject.
    [InlineData("John Test is a militia leader who was deputy chairman of the Transitional Test Council from 2019 to 2023.", "position_held Deputy Chairman of the Transitional Test Council")]
    [InlineData("John Test is a militia leader. A Rizeigat Arab from Testfur, he was deputy chairman of the Transitional Test Council from 2019 to 2023.", "position_held Deputy Chairman of the Transitional Test Council")]
    // An office held "to the President".
    [InlineData("John Test is a rebel leader. In 2006 he became Senior Assistant to the President, but he returned to rebellion in 2010.", "position_held Senior Assistant to the President")]
    // An office of a rank among its holders, after another office.
    [InlineData("John Test is an army officer who was Minister of Defence from 2015 to 2019 and First Vice President of Testan from February to April 2019.", "position_held Minister of Defence", "position_held First Vice President of Testan")]
    // A chief of no staff is no such office.
    [InlineData("John Test is a farmer who was Chief of Tessit Village from 2015.")]
    public void A_staffs_chief_and_a_second_office_are_offices(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, []));

        Assert.Equal(expected, statements.Where(s => s.Property.Label == "position_held").Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("The Test protests were a series of mass protests in Burkina Faso in October 2014 against the government.", "location Burkina Faso")]
    // Protests that followed it took place elsewhere.
    [InlineData("The Test attack took place in Gao in 2019. It prompted protests in Bamako.", "location Gao")]
    // The school boys were taken from, and where it stands.
    [InlineData("The Test kidnapping took place on 11 December 2020, when gunmen abducted 344 boys from the Government Science Test School in Testara, Katsina State.", "location Government Science Test School", "location Testara", "location Katsina State")]
    // A village named, then what commune of what it is; a conflict in the states listed.
    [InlineData("The Test attack took place on 17 March 2019, when jihadists stormed a camp in Testoura, a commune of the Testenkou Cercle in central Mali.", "location Testoura", "location Testenkou Cercle", "location Mali")]
    [InlineData("Banditry in Test is an armed conflict between the Test government and criminal gangs in the states of Zamtest, Katest and Sokotest.", "location Test", "location Zamtest State", "location Katest State", "location Sokotest State")]
    // A battle for a capital is in the land it is the capital of; a war that spread from one place to others, in each.
    [InlineData("The battle of Test was fought between two forces for control of Testala, the capital of South Testfur, from April to October 2023.", "location Testala", "location South Testfur")]
    [InlineData("The Test war began on 15 April 2023 between two forces, and has spread from Testoum to Testfur and Kordotest.", "location Testoum", "location Testfur", "location Kordotest")]
    [InlineData("The Test battle was fought on 17 January 2015 for control of Testkort. A helicopter struck positions on 20 January, which led to protests against the mission in Gao.", "location Testkort")]
    // A town fought for "a town in" a land; where the fighting drove civilians is not where it was fought.
    [InlineData("The battle of Test was fought on 4 March 2024 between two forces for control of Testbus, a town in West Testfur near the border with Chad. The fighting drove several thousand civilians across the border to Testiné and Bahai in the Ennedi Test Province.", "location Testbus", "location West Testfur")]
    [InlineData("The Test massacre took place in 2019 in Testa, a village in North Testfur. Survivors fled to camps in the Testb Region.", "location Testa", "location North Testfur")]
    [InlineData("The fall of Testani took place on 18 December 2023, when the Test Forces entered Testani, a city in Sudan. People who had fled the fighting in Testoum were displaced again.", "location Testani", "location Sudan")]
    [InlineData("Black Thursday was the violent repression of protests in Testland on 20 October 2022. Police fired on demonstrators in Testamena, Testoundou and other towns.", "location Testland", "location Testamena", "location Testoundou")]
    // A town encircled ("The siege of Test" names it too), the land it is the capital of, and named camps shelled.
    [InlineData("The siege of Test began in May 2024, when the Test Support Forces encircled Testir, the capital of North Testfur. The TSF shelled the Abu Test and Testzam camps for displaced people.", "location Abu Test", "location North Testfur", "location Test", "location Testir", "location Testzam")]
    // Each place of a list that closes with "and"; where people fled is none.
    [InlineData("The Test offensive was a campaign launched in March 2022. Hundreds of civilians were killed in Testalat, Inchitest and Testboukane, and thousands fled to the town of Testaka.", "location Testalat", "location Inchitest", "location Testboukane")]
    // A local government area takes its town's name; the chain of places goes on past it.
    [InlineData("The Test massacre took place in February 2016, when gunmen attacked several villages in the Testatu Local Government Area of Testue State, Nigeria.", "location Testatu", "location Testue State", "location Nigeria")]
    [InlineData("The Test kidnapping took place in 2014, when 200 students were kidnapped from a school in Testville, Yobe State, Nigeria, by Boko Test.", "perpetrator Boko Test", "location Testville", "location Yobe State", "location Nigeria")]
    [InlineData("The Test massacre took place on 3 May 2019. Forty villagers were killed on 3 May 2019 by Dozo Test hunters.", "perpetrator Dozo Test")]
    [InlineData("The Test attacks were a series of bombings carried out by Boko Test in Testo, the largest city of northern Nigeria, on 20 January 2012.", "perpetrator Boko Test", "location Testo", "location Nigeria")]
    [InlineData("The Test coup was a coup in Testchott in 2005. Officers of the army, calling themselves the Military Council for Test, seized the presidential palace.", "location Testchott", "perpetrator Military Council for Test")]
    [InlineData("The Test kidnapping took place on 16 September 2010, when gunmen of al-Qaeda in the Islamic Test kidnapped seven employees in Testlit.", "perpetrator al-Qaeda in the Islamic Test", "location Testlit")]
    [InlineData("The Test attack took place on 15 January 2016, when gunmen attacked the Splendid Hotel in central Testougou, the capital of Burkina Faso.", "location Splendid Hotel", "location Testougou", "location Burkina Faso")]
    // Where an operation was run from is no place of it.
    [InlineData("The Test attack was an operation in the Sahel, launched in 2014 with its headquarters in N'Djamena, Chad.", "location Sahel")]
    // Where others were taken is another deed's place.
    [InlineData("The Test protest was a campaign launched in Abuja in 2014 to demand the release of the students kidnapped in Chibok.", "location Abuja")]
    // Only places and dates between the deed and "by": what else stands there tells of another deed.
    [InlineData("The Test attack took place in 2019. Ten civilians were killed in Gao as the town was shelled by the Test Army.", "location Gao")]
    // Each town the third sentence of the lead says was retaken (it tells what happened, as the second does).
    [InlineData("Operation Test was a French military operation in Mali from 2013 to 2014. It was launched at the request of the government. French and Chadian troops retook Gao, Testbuktu and Kidal within a month.", "location Mali", "location Gao", "location Testbuktu", "location Kidal")]
    // Who killed, with how they came between commas.
    [InlineData("The Test massacre took place on 2 June 2014, when gunmen of Boko Test, dressed as soldiers, killed at least 200 people in the villages of Testa, Testb and Testc.", "perpetrator Boko Test", "location Testa", "location Testb", "location Testc")]
    // A town attacked, with what its people are before its noun.
    [InlineData("The Test massacre took place on 9 June 2019, when gunmen attacked the Dogon village of Sobane Test, near Sangha.", "location Sobane Test", "location Sangha")]
    // A one-day deed's lead sentence that opens with another month tells of a later deed.
    [InlineData("The Test massacre took place on 2 June 2014, when gunmen of Boko Test killed 20 people in Testa. In August 2014 Boko Test captured the town of Testoza.", "perpetrator Boko Test", "location Testa")]
    // Each village of a list.
    [InlineData("The Test massacre took place in 2022, when gunmen killed 132 civilians in the villages of Testa, Testb and Testc, in the Mopti Region of Mali.", "location Testa", "location Testb", "location Testc", "location Mopti Region", "location Mali")]
    // Who took them, named straight after the deed, before where they were taken from.
    [InlineData("On 19 February 2018, 110 schoolgirls aged 11 to 19 were kidnapped by the Islamic State Test Province from a college in Testchi, Yobe State, Nigeria.", "perpetrator Islamic State Test Province", "location Testchi", "location Yobe State", "location Nigeria")]
    [InlineData("On 19 February 2018, 110 schoolgirls were kidnapped by Boko Test from a college in Testchi.", "perpetrator Boko Test", "location Testchi")]
    [InlineData("On 19 February 2018, 110 schoolgirls aged 11 to 19 were kidnapped by Boko Test.", "perpetrator Boko Test")]
    [InlineData("Testa Pétronin, a French aid worker, was kidnapped on 24 December 2016 in Testao, in northern Mali, by gunmen later identified as members of the Test Front.", "perpetrator Test Front", "location Testao", "location Mali")]
    // The place fought for; not where an agreement it breached was signed.
    [InlineData("The battle of Testa was fought in 2015 for control of Testefis, a town in the Kidal Region of Mali. Gunmen of the Test Group took the town, in breach of the peace agreement signed in Bamako two months earlier.", "location Testefis", "location Kidal Region", "location Mali")]
    // A part of a place, named by the country that holds it, is in the place.
    [InlineData("The Test attack was an ambush on 8 February 2022 in which gunmen of the Test Front killed nine people in the Beninese part of Testa Park.", "perpetrator Test Front", "location Testa Park")]
    // A city a force captured "from" another is where they fought; the force took no power, so it is no perpetrator.
    [InlineData("The Battle of Testani took place from 15 to 19 December 2023, when the Rapid Test Forces captured Testani, the capital of Al Testirah State in central Sudan, from the Sudanese Armed Forces.", "location Testani", "location Al Testirah State", "location Sudan")]
    // Where one of them was arrested afterwards is no place of the attempt.
    [InlineData("The Test coup attempt took place on 31 March 2021 in Testamey. The plot was led by Captain Sani Test, who was arrested in Benin in April.", "location Testamey")]
    // Where the victims were found later is no place of the deed; each place attacked, after words that describe it, is one (not a broadcaster's acronym).
    [InlineData("The Test counter-coup took place on 30 April 2012 in Testako. Soldiers attacked the state broadcaster ORTM and Testako International Airport. 21 of them were later found in a mass grave near Diatest.", "location Testako", "location Testako International Airport")]
    // A town in a province "of Burkina Faso's Centre-Nord Region": the region the chain ends in, and the country.
    [InlineData("The Test church attack took place on 12 May 2019, when gunmen stormed a church in Testlo, a town in the Testenga Province of Burkina Faso's Centre-Test Region, during mass.", "location Testlo", "location Testenga Province", "location Burkina Faso", "location Centre-Test Region")]
    // A prison "Centre" attacked is a place, not a side; a town "a suburb of" a city places the deed in the city too.
    [InlineData("The Test prison attack took place on 5 July 2022, when gunmen of the Islamic State Test Province attacked the Kuje Test Custodial Centre in Testje, a suburb of Testuja in Nigeria's Federal Test Territory.", "perpetrator Islamic State Test Province", "location Kuje Test Custodial Centre", "location Testje", "location Testuja", "location Federal Test Territory", "location Nigeria")]
    // An army that "removed President X from power" carried out the coup.
    [InlineData("The 2019 Testanese coup d'état took place on 11 April 2019 in Testoum, when the Testanese Armed Forces removed President Omar al-Testir from power.", "perpetrator Testanese Armed Forces", "location Testoum")]
    // The man who led soldiers without a name of their own carried the coup out.
    [InlineData("The 1996 Testerien coup d'état took place on 27 January 1996, when soldiers led by Colonel Ibrahim Baré Testassara overthrew President Mahamane Testane.", "perpetrator Ibrahim Baré Testassara")]
    [InlineData("The Test coup took place on 6 August 2008, when the presidential guard led by General Mohamed Ould Test overthrew President Sidi Ould Testallahi in Testchott.", "perpetrator Mohamed Ould Test", "location Testchott")]
    // A camp surrounded is a place of the siege, with the town it is near.
    [InlineData("The siege of Testalit took place in 2012, when fighters of the Test Movement surrounded the Testachach military camp near Testalit, a town in the Kidal Region of Mali.", "location Testachach", "location Testalit", "location Kidal Region", "location Mali")]
    // Where on its route a train was attacked is where it happened, not where it travelled to.
    [InlineData("The Test train attack took place on 28 March 2022, when gunmen opened fire on a passenger train travelling from Testuja to Testuna near Testari, a village in Testuna State, Nigeria.", "location Testari", "location Testuna State", "location Nigeria")]
    public void Who_took_or_killed_the_victims_carried_it_out(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test attack", Sahel.Kb.Domain.ArticleKind.Event, [], summary, []));

        Assert.Equal(expected.Order(StringComparer.Ordinal), statements.Where(s => s.Property.Label is "perpetrator" or "location").Select(s => $"{s.Property.Label} {s.ObjectName}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_body_of_a_country_acted_not_the_country()
    {
        // The guard has its article, as the linker reads "the presidential guard of Niger" when its title is "Presidential Test Guard (Niger)".
        const string Summary = "The Test coup took place on 26 July 2023, when the presidential test guard of Niger detained President Mohamed Testoum in Testamey.";
        Sahel.Kb.Import.ArticleSpan[] mentions = [new(Summary.IndexOf("presidential", StringComparison.Ordinal), "presidential test guard".Length, 2, Sahel.Kb.Domain.ArticleKind.Group)];

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test coup", Sahel.Kb.Domain.ArticleKind.Event, [], Summary, mentions));

        Assert.Equal(["location Testamey", "perpetrator 2"], statements.Select(s => $"{s.Property.Label} {s.ObjectId?.ToString(CultureInfo.InvariantCulture) ?? s.ObjectName}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_uprising_is_in_each_state_of_its_list_and_where_it_began_and_spread()
    {
        // "Testa" of the list is Testa State, which has its article, as the linker reads it; "began in Testa" is the city.
        const string Summary = "The Test uprising was fought in the northern states of Testa and Testb. It began in Testa, and spread to Testiguri.";
        Sahel.Kb.Import.ArticleSpan[] mentions = [new(Summary.IndexOf("Testa", StringComparison.Ordinal), "Testa".Length, 2, Sahel.Kb.Domain.ArticleKind.Region)];

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test uprising", Sahel.Kb.Domain.ArticleKind.Event, [], Summary, mentions));

        Assert.Equal(["location 2", "location Testa", "location Testb State", "location Testiguri"], statements.Select(s => $"{s.Property.Label} {s.ObjectId?.ToString(CultureInfo.InvariantCulture) ?? s.ObjectName}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Testadié is a neighbourhood of Commune VI of Bamako, on the right bank of the Niger River.", "located_in Commune VI", "located_in 2")]
    [InlineData("Modibo Test International Airport is the main international airport of Mali, 15 kilometres south of the centre of Bamako.", "located_in Mali")]
    [InlineData("The Testa–Bamako railway is a standard-gauge railway in Mali that links Testi to Testo, on the outskirts of Bamako.", "located_in Mali")]
    [InlineData("The Testugu Yobe is a river of Nigeria and Niger that flows east into Lake Chad, near Bamako.", "located_in Nigeria", "located_in Niger")]
    [InlineData("Testachach is a military camp about 10 kilometres north of Testalit, in the Kidal Region of Mali, near Bamako.", "located_in Kidal Region", "located_in Mali")]
    [InlineData("Kouri Testoudi is a gold-mining area in the Tibesti Region of Chad, near the border with Libya and far from Bamako.", "located_in Tibesti Region", "located_in Chad")]
    public void A_neighbourhood_lies_in_its_commune_and_city_and_an_airport_in_its_country(string summary, params string[] expected)
    {
        // Bamako has its article, as on the page.
        Sahel.Kb.Import.ArticleSpan[] mentions = [new(summary.IndexOf("Bamako", StringComparison.Ordinal), "Bamako".Length, 2, Sahel.Kb.Domain.ArticleKind.Region)];

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Testadié", Sahel.Kb.Domain.ArticleKind.Region, [], summary, mentions));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectId?.ToString(CultureInfo.InvariantCulture) ?? s.ObjectName}"));
    }

    [Fact]
    public void A_state_lies_in_its_zone_and_the_country_of_the_zone()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Testa State", Sahel.Kb.Domain.ArticleKind.Region, [], "Testa State is a state in the North East geopolitical zone of Nigeria, bordered by Testo to the north.", []));

        Assert.Equal(["located_in North East", "located_in Nigeria"], statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    // A place measured from, or where travellers were told not to go, is no place of the deed (Niamey has its article where named, as on the page).
    [InlineData("On 9 August 2020, six aid workers were killed by gunmen on motorcycles in Testa, about 60 kilometres southeast of Niamey, in the Testa Region of Niger.", "location Testa", "location Testa Region", "location Niger")]
    [InlineData("On 9 August 2020, six aid workers were killed by gunmen in Testa. France then advised against all travel to Niger outside Niamey.", "location Testa")]
    [InlineData("On 9 August 2020, six aid workers were killed by gunmen in Niamey.", "location 2")]
    // A belt of states and each state of it.
    [InlineData("The Test conflicts are disputes over land, most of them in the Middle Test states of Testue, Plateau and Testaba.", "location Middle Test", "location Testue State", "location Plateau State", "location Testaba State")]
    // The place of a school attacked.
    [InlineData("On 17 September 2024, fighters of the Test Front attacked the gendarmerie school of Testadié in Niamey.", "location Testadié", "location 2")]
    [InlineData("The Testé clashes took place in 2023, when fighters of the Test Front attacked a convoy of the army leaving the camp of Testber, near Niamey.", "location 2")]
    [InlineData("The Test Rally is an annual rally. It crossed Mauritania until the 2008 edition was cancelled after the killing of four French tourists near Niamey.")]
    // A later deed's town, in a sentence that opens days later.
    [InlineData("The Battle of Testa was fought on 22 November 2006 in Niamey. Two days later the same rebels seized Testéché for several hours.", "location 2")]
    // Where the ambush was, measured from a town on the convoy's road, is the province and the country; where one killed served is not where it happened.
    [InlineData("The Testao ambush took place on 23 December 2021, when jihadists ambushed a convoy travelling from Testao to Testigouya, about 20 kilometres south of Testao in the Testum Province of Burkina Faso. Forty-one people were killed, among them John Test, a commander of the VDT in the North Region.", "location Burkina Faso", "location Testum Province")]
    public void A_place_named_only_to_measure_or_to_advise_is_no_place_of_the_deed(string summary, params string[] expected)
    {
        Sahel.Kb.Import.ArticleSpan[] mentions = summary.Contains("Niamey", StringComparison.Ordinal)
            ? [new(summary.IndexOf("Niamey", StringComparison.Ordinal), "Niamey".Length, 2, Sahel.Kb.Domain.ArticleKind.Region)]
            : [];

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test killings", Sahel.Kb.Domain.ArticleKind.Event, [], summary, mentions));

        Assert.Equal(expected.Order(StringComparer.Ordinal), statements.Where(s => s.Property.Label == "location").Select(s => $"location {s.ObjectId?.ToString(CultureInfo.InvariantCulture) ?? s.ObjectName}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The accords were followed by the Test Pact of April 1992.", "followed_by 2")]
    [InlineData("The accords were followed by the Test Pact of April 1992.", "followed_by Test Pact", false)]
    [InlineData("It was followed by the Testa ceasefire of July 2014.", "followed_by Testa ceasefire", false)]
    public void An_agreement_is_followed_by_the_agreement_it_names_with_its_article_or_without(string summary, string expected, bool pactHasItsArticle = true)
    {
        Sahel.Kb.Import.ArticleSpan[] mentions = pactHasItsArticle ? [new(summary.IndexOf("Test Pact", StringComparison.Ordinal), "Test Pact".Length, 2, Sahel.Kb.Domain.ArticleKind.Agreement)] : [];

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Accords", Sahel.Kb.Domain.ArticleKind.Agreement, [], summary, mentions));

        Assert.Equal([expected], statements.Select(s => $"{s.Property.Label} {s.ObjectId?.ToString(CultureInfo.InvariantCulture) ?? s.ObjectName}"));
    }

    [Theory]
    // Who says he signed an agreement with its article signed it; who refused to, or did not, signed nothing; a group the same.
    [InlineData(Sahel.Kb.Domain.ArticleKind.Person, "John Test is a rebel leader. After signing the Test Peace Agreement in 2006 he became an adviser.", "2 signatory 1")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Person, "John Test is a rebel leader. He refused to sign the Test Peace Agreement in 2006.")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Person, "John Test is a rebel leader. He never signed the Test Peace Agreement.")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Person, "John Test was a politician. A leader of the Test Alliance, a Masalit armed movement that signed the Test Peace Agreement in 2020, he was killed.")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Force is an alliance of rebel groups that signed the Test Peace Agreement, among them the Test Movement.")]
    [InlineData(Sahel.Kb.Domain.ArticleKind.Group, "The Test Movement is a rebel group. It signed the Test Peace Agreement in October 2020.", "2 signatory 1")]
    public void Who_signed_an_agreement_with_its_article_is_its_signatory(Sahel.Kb.Domain.ArticleKind kind, string summary, params string[] expected)
    {
        Sahel.Kb.Import.ArticleSpan[] mentions = [new(summary.IndexOf("Test Peace Agreement", StringComparison.Ordinal), "Test Peace Agreement".Length, 2, Sahel.Kb.Domain.ArticleKind.Agreement)];

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test", kind, [], summary, mentions));

        Assert.Equal(expected, statements.Where(s => s.Property.Label == "signatory").Select(s => $"{s.SubjectId} {s.Property.Label} {s.ObjectId}"));
    }

    [Theory]
    // "the Government of Sudan" is the state; a faction of a movement is none of the movement; a body's envoy "for the … talks" is the body's.
    [InlineData("The Test Agreement was signed on 5 May 2006 in Abuja, Nigeria, by the Government of Sudan and the faction of the Sudan Test Army led by Minni Test.", "signatory Sudan", "location Abuja", "location Nigeria")]
    [InlineData("The Test Agreement was signed in 2006 by the Government of National Test and the Test Front.", "signatory Government of National Test", "signatory Test Front")]
    // The movements named after "two rebel movements of the north", each with its short form and its leader.
    [InlineData("The Test Accords were a peace agreement signed on 6 January 1991 in Testrasset, Algeria, between the government of Mali and two rebel movements of the north, the Popular Test Movement of Azawad (MPA) of Iyad Ag Test and the Arab Test Front of Azawad (FIAA), ending the first months of the rebellion.", "signatory Mali", "signatory Popular Test Movement of Azawad", "signatory Arab Test Front of Azawad", "location Testrasset", "location Algeria")]
    public void A_state_s_government_signs_as_the_state(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Agreement", Sahel.Kb.Domain.ArticleKind.Agreement, [], summary, []));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("John Test (born 1960) is a scholar based in Testuna and a former captain in the Testerian Army.", "member_of Testerian Army")]
    [InlineData("John Test (born 1960) is an officer in the Chadian Test Army.", "member_of Chadian Test Army")]
    // Not one who fought against it.
    [InlineData("John Test (born 1960) was killed by a captain in the Testerian Army.")]
    // A body without its article that one chaired was his.
    [InlineData("John Test (born 1952) is a Testian astrophysicist who later chaired Testosoft Africa.", "member_of Testosoft Africa")]
    // Not a place that only names what one worked for.
    [InlineData("John Test (born 1952) is a Testerien politician. He trained as a mining engineer and worked for the Testlit uranium mines.")]
    // The press one worked for, each title after the noun that says what it is.
    [InlineData("John Test (born 1974) is a French journalist. He had worked for the weekly Jeune Test and the newspaper Testération, and he was freed in Testamey in 2023.", "member_of Jeune Test", "member_of Testération")]
    public void A_rank_held_in_a_force_is_service_in_it(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, []));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Fact]
    public void One_a_body_s_raid_befell_is_no_member_of_the_body()
    {
        // The group has its article, as in the combined import of every page.
        const string Summary = "John Test is a politician. A member of the Testroon People's Movement, the ruling party, he was the target of the Testo Haram raid on his home in 2014.";
        var group = new Sahel.Kb.Import.ArticleSpan(Summary.IndexOf("Testo Haram", StringComparison.Ordinal), "Testo Haram".Length, 2, Sahel.Kb.Domain.ArticleKind.Group);

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], Summary, [group]));

        Assert.Equal(["member_of Testroon People's Movement"], statements.Select(s => $"{s.Property.Label} {s.ObjectId?.ToString(CultureInfo.InvariantCulture) ?? s.ObjectName}"));
    }

    [Theory]
    [InlineData("The Test War was the last phase of the Chadian–Test conflict, fought in 1987 in northern Chad and the Aouzou Test Strip.", "part_of 2", "location Chad", "location 3")]
    [InlineData("The Test War was the second stage of the Chadian–Test conflict.", "part_of 2")]
    public void A_phase_of_a_war_is_part_of_it_and_where_it_was_fought_its_place(string summary, params string[] expected)
    {
        // The war and the strip have their articles, as on the page.
        var mentions = new[] { ("Chadian–Test conflict", 2, Sahel.Kb.Domain.ArticleKind.Event), ("Aouzou Test Strip", 3, Sahel.Kb.Domain.ArticleKind.Region) }
            .Where(m => summary.Contains(m.Item1, StringComparison.Ordinal))
            .Select(m => new Sahel.Kb.Import.ArticleSpan(summary.IndexOf(m.Item1, StringComparison.Ordinal), m.Item1.Length, m.Item2, m.Item3))
            .ToList();

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test War", Sahel.Kb.Domain.ArticleKind.Event, [], summary, mentions));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectId?.ToString(CultureInfo.InvariantCulture) ?? s.ObjectName}"));
    }

    [Fact]
    public void Attackers_described_between_commas_are_a_side_and_a_river_between_two_cities_no_place()
    {
        const string Text = "The Battle of Test took place on 10 May 2008, when fighters of the Justice and Testity Movement, a rebel group from Testfur, attacked the city of Testman in Sudan, across the Nile from the capital Khartoum. The attack, part of the War in Testfur, was repelled by the Sudanese Armed Forces and the police.";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Battle of Test", Sahel.Kb.Domain.ArticleKind.Event, [], Text, []));

        Assert.Equal(
            ["location Sudan", "location Testman", "part_of War in Testfur", "participant Justice and Testity Movement 1", "participant Sudanese Armed Forces 2"],
            statements.Select(s => $"{s.Property.Label} {s.ObjectName} {s.Qualifiers.FirstOrDefault(q => q.Key == "side").Value}".TrimEnd()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Whose_base_was_attacked_is_a_side_and_what_came_before_happened_elsewhere()
    {
        const string Text = "The 2022 Testi attack took place on 22 July 2022, when militants of Katiba Testa, a branch of Jama'at Test, attacked the Testa Keïta military camp in Testi, the main base of the Malian Armed Forces, 15 km from Bamako. The attack came a day after coordinated assaults on six army posts across central Mali.";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "2022 Testi attack", Sahel.Kb.Domain.ArticleKind.Event, [], Text, []));

        Assert.Equal(
            ["location Testi", "participant Katiba Testa 1", "participant Malian Armed Forces 2", "perpetrator Katiba Testa"],
            statements.Select(s => $"{s.Property.Label} {s.ObjectName} {s.Qualifiers.FirstOrDefault(q => q.Key == "side").Value}".TrimEnd()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_range_along_a_border_lies_in_both_lands_a_town_on_it_in_neither()
    {
        static IEnumerable<string> LocatedIn(string title, string summary) =>
            Sahel.Kb.Import.StatementExtractor.Extract(new(1, title, Sahel.Kb.Domain.ArticleKind.Region, [], summary, [])).Select(s => $"{s.Property.Label} {s.ObjectName}").Order(StringComparer.Ordinal);

        Assert.Equal(["located_in Cameroon", "located_in Nigeria"], LocatedIn("Testara Mountains", "The Testara Mountains are a volcanic range along the border between Nigeria and Cameroon."));
        Assert.Empty(LocatedIn("Testown", "Testown is a town on the border between Niger and Nigeria."));
    }

    [Fact]
    public void The_man_soldiers_were_loyal_to_is_a_side()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "1987 Test coup", Sahel.Kb.Domain.ArticleKind.Event, [], "The 1987 Test coup took place on 15 October 1987 in Ouagadougou, when soldiers loyal to Captain Blaise Testré killed President Thomas Test.", []));

        Assert.Equal(["participant Blaise Testré 1"], statements.Where(s => s.Property.Label == "participant").Select(s => $"{s.Property.Label} {s.ObjectName} {s.Qualifiers.FirstOrDefault(q => q.Key == "side").Value}"));
    }

    [Fact]
    public void Who_led_a_rebellion_or_its_attacks_is_the_rebels_side()
    {
        const string Text = "The Test rebellion of 2007–2009 was an insurgency by Tuareg rebels in northern Niger. In Niger it was led by the Test Movement for Justice; in Mali, Ibrahim Ag Testa led attacks around Tin-Testa.";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Rebellion (2007–2009)", Sahel.Kb.Domain.ArticleKind.Event, [], Text, []));

        Assert.Equal(
            ["participant Ibrahim Ag Testa 1", "participant Test Movement for Justice 1"],
            statements.Where(s => s.Property.Label == "participant").Select(s => $"{s.Property.Label} {s.ObjectName} {s.Qualifiers.FirstOrDefault(q => q.Key == "side").Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Who_ruled_a_country_as_its_head_of_state_held_that_office()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], "John Test (1931 – 1987) was an officer who led a coup in 1974 and ruled Niger as head of state until his death.", []));

        Assert.Equal(["position_held Head of State of Niger"], statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("John Test (born 1981) is an officer. A colonel, later a general, he was Minister of Territorial Test.", "position_held Minister of Territorial Test")]
    [InlineData("John Test (born 1942) is a politician. The half-brother of Testania's first president, Testo Bakar, he was governor of the Central Bank of Testania from 1973 to 1978.", "position_held Governor of the Central Bank of Testania")]
    public void An_office_after_a_description_of_the_subject_in_parts_is_his(string summary, string expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, []));

        Assert.Equal([expected], statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Fact]
    public void A_founder_who_then_led_it_led_it()
    {
        // The movement has its article, as on the page: the statements are the movement's.
        const string Text = "John Test (born 1966) is a rebel who founded the Test Movement for Justice in 2007 and led it until 2009.";
        const string Name = "Test Movement for Justice";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], Text, [new(Text.IndexOf(Name, StringComparison.Ordinal), Name.Length, 2, Sahel.Kb.Domain.ArticleKind.Group)]));

        Assert.Equal(["2 founded_by 1", "2 led_by 1"], statements.Select(s => $"{s.SubjectId} {s.Property.Label} {s.ObjectId}").Order(StringComparer.Ordinal));
    }

    [Theory]
    // Another man named just before, "the founder of" or "the leader of" the body, founded or led it, not the subject.
    [InlineData("Abu Test al-Barnawi (died 2021) was a Nigerian jihadist. He was a son of Mohammed Test, the founder of Boko Test, and served as its spokesman.")]
    [InlineData("Abu Test al-Barnawi (died 2021) was a Nigerian jihadist. He served under Abubakar Test, the leader of Boko Test.")]
    public void A_founder_or_leader_named_beside_another_man_is_that_man(string text)
    {
        const string Name = "Boko Test";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Abu Test al-Barnawi", Sahel.Kb.Domain.ArticleKind.Person, [], text, [new(text.IndexOf(Name, StringComparison.Ordinal), Name.Length, 2, Sahel.Kb.Domain.ArticleKind.Group)]));

        Assert.DoesNotContain(statements, s => s.SubjectId == 2 && s.Property.Label is "founded_by" or "led_by");
    }

    [Fact]
    public void The_subject_named_before_his_office_holds_it()
    {
        const string Text = "Abdelmalek Testel (1970 – 2020) was an Algerian jihadist. Abdelmalek Testel, the leader of Al-Testa, was killed in 2020.";
        const string Name = "Al-Testa";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Abdelmalek Testel", Sahel.Kb.Domain.ArticleKind.Person, [], Text, [new(Text.IndexOf(Name, StringComparison.Ordinal), Name.Length, 2, Sahel.Kb.Domain.ArticleKind.Group)]));

        Assert.Contains(statements, s => s.SubjectId == 2 && s.Property.Label == "led_by" && s.ObjectId == 1);
    }

    [Fact]
    public void An_alliance_formed_from_splinter_factions_of_a_group_split_from_it()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test Justice Movement", Sahel.Kb.Domain.ArticleKind.Group, [], "The Test Justice Movement was an alliance of Darfuri rebel groups formed in February 2010 in Doha from splinter factions of the Sudan Test Army.", []));

        Assert.Equal(["separated_from Sudan Test Army"], statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    // An office after what he is; not one named in lower case.
    [InlineData("John Test (born 1950) is a Sudanese politician and former governor of Testfur.", "position_held Governor of Testfur")]
    [InlineData("John Test (born 1968) is a politician. He has been governor of the Testfur region since 2021.")]
    // Who leads a faction of a body, or heads a body, without its article here, is its member.
    [InlineData("John Test (born 1968) is a rebel who leads a faction of the Sudan Test Movement/Army.", "member_of Sudan Test Movement/Army")]
    [InlineData("John Test (born 1950) is a politician. From 2011 to 2016 he headed the Testfur Regional Authority.", "member_of Testfur Regional Authority")]
    [InlineData("John Test (1945 – 2022) was President of Mali from 2013. He founded the Rally for Test in 2001 and had earlier been Prime Minister of Mali from 1994 to 2000.", "position_held President of Mali", "member_of Rally for Test", "position_held Prime Minister of Mali")]
    public void What_a_politician_held_and_headed(string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, []));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Fact]
    public void Its_leader_named_after_the_words_leads_it()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Boko Test", Sahel.Kb.Domain.ArticleKind.Group, [], "Boko Test is a jihadist group based in Nigeria. Its leader Abubakar Test died in 2021.", []));

        Assert.Equal(["led_by Abubakar Test"], statements.Where(s => s.Property.Label == "led_by").Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Fact]
    public void A_founder_described_before_his_name_founded_it()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Katiba Test", Sahel.Kb.Domain.ArticleKind.Group, [], "Katiba Test is a jihadist group in central Mali founded in January 2015 by the Fulani preacher Amadou Test.", []));

        Assert.Equal(["founded_by Amadou Test"], statements.Where(s => s.Property.Label == "founded_by").Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Fact]
    public void An_incursion_took_place_in_the_land_it_went_into()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Test offensive", Sahel.Kb.Domain.ArticleKind.Event, [], "The Test offensive was an incursion by the Front for Test into northern Chad from Libya.", []));

        Assert.Equal(["location Chad"], statements.Where(s => s.Property.Label == "location").Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Fact]
    public void A_battle_has_no_perpetrator()
    {
        // Who assaulted in it took part; "an assault by X" names a perpetrator only of an attack, an ambush, a massacre.
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Battle of Test", Sahel.Kb.Domain.ArticleKind.Event, [], "The Battle of Test took place in 2014 in Kidal. On 21 May the rebels repulsed an assault by the Malian army.", []));

        Assert.DoesNotContain(statements, s => s.Property.Label == "perpetrator");
        Assert.Contains(statements, s => s.Property.Label == "location" && s.ObjectName == "Kidal");
    }

    [Fact]
    public void An_operation_replaces_each_operation_it_names()
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Operation Bartest", Sahel.Kb.Domain.ArticleKind.Event, [], "Operation Bartest was a French-led operation in the Sahel. It replaced Operation Servtest and Operation Épertest.", []));

        Assert.Equal(["replaces Operation Servtest", "replaces Operation Épertest"], statements.Where(s => s.Property.Label == "replaces").Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("Kano Test", "Kano Test is a state in north-western Nigeria, bordering Niger.", "located_in Nigeria")]
    [InlineData("Testou Strip", "The Testou Strip is a strip of land in northern Chad along the border with Libya.", "located_in Chad")]
    [InlineData("Testok", "Testok is a Local Government Area of Borno State, Nigeria.", "located_in Borno State", "located_in Nigeria")]
    [InlineData("Testougou", "Testougou is the capital and largest city of Burkina Faso, in the Centre Region.", "located_in Burkina Faso", "located_in Centre Region")]
    [InlineData("Testou Forest", "The Testou Forest is a forest in the Koulikoro Region of western Mali, near the border with Mauritania.", "located_in Koulikoro Region", "located_in Mali")]
    [InlineData("Testal", "Testal is a town in northern Mali. It lies in a valley of the Adrar des Testas, north-east of Gao.", "located_in Mali", "located_in Adrar des Testas")]
    [InlineData("Testa", "Testa is a city in south-eastern Niger, near the border with Nigeria, and the capital of the Testa Region.", "located_in Niger", "located_in Testa Region")]
    [InlineData("Lake Test", "Lake Test is a large, shallow endorheic lake in Central Africa, shared by Chad and Niger.", "located_in Central Africa", "located_in Chad", "located_in Niger")]
    // A place part of another lies in it; a capital of the past says nothing of today.
    [InlineData("Testman", "Testman is the largest city of Sudan. It is part of Testoum State and was the capital of the Mahdist Test from 1885 to 1898.", "located_in Sudan", "located_in Testoum State")]
    [InlineData("Testoja", "Testoja is a city in central Nigeria and the capital of Testi State. It was the first capital of the British Protectorate of Northern Testeria from 1900 to 1903.", "located_in Nigeria", "located_in Testi State")]
    [InlineData("Testendjal Prefecture", "Testendjal is a prefecture of the Savanes Region in the far north of Testo. Its seat is Testouri.", "located_in Savanes Region", "located_in Testo")]
    [InlineData("Testah", "Testah is a port city on the Red Sea coast of Testia and the country's second-largest city.", "located_in Testia")]
    [InlineData("Testkadamna", "Testkadamna is a village in the Tahoua Region of western Niger, in the commune of Tébatest.", "located_in Tahoua Region", "located_in Niger", "located_in Tébatest")]
    [InlineData("Niger–Test oil pipeline", "The Niger–Test oil pipeline is a crude oil pipeline of 1,980 kilometres from the Testem oil field in eastern Niger to the port of Testè in Testin.", "located_in Niger", "located_in Testin")]
    [InlineData("Testkar–Niger Railway", "The Testkar–Niger Railway is a metre-gauge railway of 1,287 kilometres between Testkar in Senegal and Testikoro in Mali, built between 1881 and 1924.", "located_in Senegal", "located_in Mali")] // "between … and"
    [InlineData("Testiskum", "Testiskum is a town in Yobe State, Nigeria. It lies on the main road from Kano to Maiduguri and has one of the largest cattle markets in West Africa.", "located_in Yobe State", "located_in Nigeria")] // not where a market is
    [InlineData("West Testofan", "West Testofan is one of the 18 states of Sudan, in the south-west of the Testofan region, on the border with South Sudan.", "located_in Sudan", "located_in Testofan")] // a part of a region by the compass, after a comma
    [InlineData("Testouboua", "Testouboua is a fishing village on the shore of Lake Testad, in the Lac Region of western Chad, about 20 kilometres from the border with Nigeria.", "located_in Lac Region", "located_in Chad")] // a shore, then a comma
    [InlineData("Testidu–Kaduna Railway", "The Testidu–Kaduna Railway is a railway of 186 kilometres between Testidu, near Abuja, and Kaduna in north-central Nigeria.", "located_in Nigeria")] // one end's land
    // A part of a state by the compass.
    [InlineData("Testoza", "Testoza is a town and Local Government Area in the south of Borno State, Nigeria.", "located_in Borno State", "located_in Nigeria")]
    // A possessive links two places of the chain.
    [InlineData("Testako", "Testako is a town in the Passoré Province of Burkina Faso's Nord Region, about 100 km north-west of Ouagadougou.", "located_in Passoré Province", "located_in Burkina Faso", "located_in Nord Region")]
    // A river "of" a part of a continent, and each land it flows from and through.
    [InlineData("Testari River", "The Testari River is a river of Central Africa, 949 km long, flowing from the Central African Republic through Chad into Lake Chad.", "located_in Central African Republic", "located_in Chad", "located_in Central Africa")]
    // A camp "in" a region of a country lies in both.
    [InlineData("Testera refugee camp", "Testera is a refugee camp in the Hodh Test Region of south-eastern Mauritania, about 50 kilometres from the border with Mali.", "located_in Hodh Test Region", "located_in Mauritania")]
    // A territory "in central Nigeria"; an area council "of" a territory "of Nigeria".
    [InlineData("Federal Test Territory", "The Federal Test Territory (FTT) is a federal territory in central Nigeria that holds Abuja.", "located_in Nigeria")]
    [InlineData("Testje", "Testje is one of the six area councils of the Federal Test Territory of Nigeria, south of the city of Abuja.", "located_in Federal Test Territory", "located_in Nigeria")]
    // A "capital city of" a country, and the territory it stands in.
    [InlineData("Testuja", "Testuja is the capital city of Nigeria, in the Federal Test Territory at the centre of the country.", "located_in Nigeria", "located_in Federal Test Territory")]
    // A capital "and most populous city".
    [InlineData("Testa", "Testa is the capital and most populous city of Qatar.", "located_in Qatar")]
    // What a region surrounds lies outside it.
    [InlineData("Testa Region", "Testa Region is an administrative region of Mali. It surrounds the capital district of Bamako.", "located_in Mali")]
    // High ground a place stands on; not a river.
    [InlineData("Testa Escarpment", "The Testa Escarpment is a sandstone cliff in the Mopti Region of Mali.", "located_in Mopti Region", "located_in Mali")]
    [InlineData("Testa, Mali", "Testa is a village in the Testb Cercle of the Mopti Region of Mali, on the Testc Escarpment.", "located_in Testb Cercle", "located_in Mopti Region", "located_in Mali", "located_in Testc Escarpment")]
    // A commune named before its noun in lower case, and the lands that hold it.
    [InlineData("Testkort", "Testkort is a village in the Testint commune of the Bourem Cercle in the Gao Region of Mali, on the road between Gao and Anéfis.", "located_in Testint", "located_in Bourem Cercle", "located_in Gao Region", "located_in Mali")]
    // A zone named by the compass alone, before its noun.
    [InlineData("Testue State", "Testue State is a state in the North Central region of Nigeria, named after the Testue River.", "located_in North Central", "located_in Nigeria")]
    [InlineData("Testbus", "Testbus is a town in the Testbus locality of West Testfur, Sudan, about 40 kilometres east of the border with Chad.", "located_in West Testfur", "located_in Sudan")]
    [InlineData("Testa Cercle", "Testa Cercle is a subdivision of the Mopti Region. The cercle, on the Testc Escarpment and the Séno plain, has suffered attacks.", "located_in Mopti Region", "located_in Testc Escarpment")]
    [InlineData("Testa", "Testa is a town in Mali, on the Niger River.", "located_in Mali")]
    [InlineData("Sidi Test Mosque", "The Sidi Test Mosque is a mosque in Testbuktu, Mali, built in about 1440.", "located_in Testbuktu", "located_in Mali")] // a building where it stands
    [InlineData("Testane Da", "Testane Da is a Dogon village in the commune of Testha, in the Testiagara Cercle of the Mopti Region of Mali, on the Testiagara Escarpment.", "located_in Testha", "located_in Testiagara Cercle", "located_in Mopti Region", "located_in Mali", "located_in Testiagara Escarpment")] // a village "in the commune of" one
    // A state "one of the … states of" a country and a region; a city the capital "of the state of" one.
    [InlineData("West Testfur", "West Testfur is one of the 18 states of Sudan and one of the five states of Testfur. Its capital is El Testina.", "located_in Sudan", "located_in Testfur")]
    [InlineData("El Testina", "El Testina is a city in Sudan and the capital of the state of West Testfur, near the border with Chad.", "located_in Sudan", "located_in West Testfur")]
    // A state created out of another separated from it.
    [InlineData("Testori Department", "Testori is a department of Benin. It was split off from the Testou Department in 1999.", "located_in Benin", "separated_from Testou Department")]
    // What a place forms with others holds it.
    [InlineData("Testa Park", "Testa Park is a protected area shared by Niger and Benin. Established in 1954, it forms with the Testb and Testc parks the Testd Complex.", "located_in Niger", "located_in Benin", "located_in Testd Complex")]
    [InlineData("Testbe State", "Testbe is a state in northeastern Nigeria, created on 27 August 1991 out of Borno State.", "located_in Nigeria", "separated_from Borno State")]
    [InlineData("Testal Territory", "Testal Territory is a territory in central Nigeria. It was created on 3 February 1976 from parts of the former Testa, Niger and Testc states.", "located_in Nigeria", "separated_from Testa State", "separated_from Niger State", "separated_from Testc State")]
    [InlineData("Testigouya", "Testigouya is a city in northern Burkina Faso and the capital of the Nord Region and of Testenga Province. It was the capital of the Mossi kingdom of Testenga.", "located_in Burkina Faso", "located_in Nord Region", "located_in Testenga Province")]
    [InlineData("Testo", "Testo is the capital of Testo State and the largest city of northern Nigeria. It is the seat of the Testo Emirate.", "located_in Testo State", "located_in Nigeria", "located_in Testo Emirate")]
    [InlineData("Testou Mountains", "The Testou Mountains are a massif in the Adrar des Testas of the Kidal Region, in northern Mali.", "located_in Adrar des Testas", "located_in Kidal Region", "located_in Mali")]
    // A state it is said to have been proclaimed is not where it lies.
    [InlineData("Testal Region", "Testal Region is an administrative region of Mali. It lies within the territory the rebels proclaimed to be the independent state of Azawad.", "located_in Mali")]
    // What a commune or village "is … of", and the lands that hold that.
    [InlineData("Testoro", "Testoro is a rural commune and village of the Testa Cercle in the Mopti Region of Mali.", "located_in Testa Cercle", "located_in Mopti Region", "located_in Mali")]
    [InlineData("Testéfis", "Testéfis, also spelled Testefif, is a small town and commune of the Kidal Region of Mali, on the road between Gao and Kidal.", "located_in Kidal Region", "located_in Mali")]
    // A region divided "since 1994 into the states of …" lies in none of them.
    [InlineData("Testofan", "Testofan is a region of central Sudan, divided since 1994 into the states of North Testofan, South Testofan and West Testofan.", "located_in Sudan")]
    public void A_state_a_strip_and_a_local_government_area_lie_where_they_say(string title, string summary, params string[] expected)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, title, Sahel.Kb.Domain.ArticleKind.Region, [], summary, []));

        Assert.Equal(expected, statements.Select(s => $"{s.Property.Label} {s.ObjectName}"));
    }

    [Theory]
    [InlineData("John Test (died 14 June 2023) was a politician who was governor of Testfur State from 2021 until his death.", "2023-06-14", "from=2021; to=2023-06-14")]
    [InlineData("John Test (1931 – 10 November 1987) was an officer who ruled Testland as head of state until his death.", "1987-11-10", "to=1987-11-10")]
    // A violent end is his death too.
    [InlineData("John Test (9 May 1949 – 9 April 1999) was an officer who was President of Testland from 27 January 1996 until his assassination.", "1999-04-09", "from=1996-01-27; to=1999-04-09")]
    [InlineData("John Test (died 2 March 2011) was a general who was governor of Testfur State from 2009 until he was killed in an ambush.", "2011-03-02", "from=2009; to=2011-03-02")]
    // Without his day of death known, no end; an end the clause dates stays the clause's.
    [InlineData("John Test was a politician who was governor of Testfur State from 2021 until his death.", null, "from=2021")]
    [InlineData("John Test (died 2023) was a politician who was governor of Testfur State from 2021 until his death in 2022.", "2023", "from=2021; to=2022")]
    public void An_office_held_until_his_death_ends_the_day_he_died(string summary, string? died, string period)
    {
        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "John Test", Sahel.Kb.Domain.ArticleKind.Person, [], summary, [], died));

        Assert.Equal(period, Assert.Single(statements, s => s.Property.Label == "position_held").QualifierText.Replace("\n", "; ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_groups_article_is_an_actor_whatever_its_name_ends_with()
    {
        const string Text = "The battle of Test took place in 2018, when fighters of the Islamic State West Africa Province overran a military base at Gudumbali.";
        const string Name = "Islamic State West Africa Province";

        var statements = Sahel.Kb.Import.StatementExtractor.Extract(new(1, "Battle of Test", Sahel.Kb.Domain.ArticleKind.Event, [], Text, [new(Text.IndexOf(Name, StringComparison.Ordinal), Name.Length, 3, Sahel.Kb.Domain.ArticleKind.Group)]));

        Assert.Contains(statements, s => s.Property.Label == "participant" && s.ObjectId == 3);
    }

    private static string Key(string subject, string label, string @object, string side) =>
        $"{subject} | {label} | {(@object.StartsWith('"') ? $"\"{TextFold.Key(@object.Trim('"'))}\"" : @object)} | {side}";

    private static (int Right, int NotStated) Floor(string file)
    {
        var line = File.ReadLines(Files.Fixture($"expected/{file}")).Select(l => FloorLine().Match(l)).FirstOrDefault(m => m.Success)
            ?? throw new InvalidDataException($"{file}: no line \"# Floor: N right, M not stated.\"");
        return (int.Parse(line.Groups["right"].Value, CultureInfo.InvariantCulture), int.Parse(line.Groups["extra"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^# Floor: (?<right>\d+) right, (?<extra>\d+) not stated\.$")]
    private static partial Regex FloorLine();

    private static HashSet<string> Expected(string file) =>
        File.ReadLines(Files.Fixture($"expected/{file}"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('#')[0].Split('|', StringSplitOptions.TrimEntries))
            .Select(p => Key(p[0], p[1], p[2], p[3]))
            .ToHashSet(StringComparer.Ordinal);
}
