namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighth page in the mirror's format that no rule was written from (people and groups of the
/// Malian transition: Assimi Goïta, the AES, the National Gendarmerie, AQIM under a title the
/// mirror cut, the Battle of Tinzaouaten). Its statements are in <c>expected/assimi-goita.statements.txt</c>.
/// </summary>
public sealed class EighthUnseenPageTests() : ImportedPage("assimi-goita.txt")
{
    [Fact]
    public async Task The_name_a_summary_opens_with_is_the_subjects_and_no_wanted_name()
    {
        var aliases = await AliasesAsync("gendarmerie-nationale-mali");
        var wanted = await WantedAsync();

        // Titled "Gendarmerie Nationale (Mali)": "The National Gendarmerie of Mali is a branch of the Malian Armed Forces …"
        Assert.Contains("National Gendarmerie of Mali", aliases);
        Assert.DoesNotContain("National Gendarmerie of Mali", wanted);
    }

    [Fact]
    public async Task Fighters_of_a_group_are_not_part_of_its_name()
    {
        var wanted = await WantedAsync();

        // "Fighters of the Strategic Framework for the Defense of the People of Azawad (CSP-DPA) ambushed …"
        Assert.Contains("Strategic Framework for the Defense of the People of Azawad", wanted);
        Assert.DoesNotContain(wanted, w => w.StartsWith("Fighters", StringComparison.Ordinal));
    }
}
