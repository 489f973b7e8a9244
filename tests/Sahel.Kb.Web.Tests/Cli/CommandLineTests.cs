using Sahel.Kb.Web.Cli;

namespace Sahel.Kb.Web.Tests.Cli;

/// <summary>A verb is found wherever it stands among configuration switches; the switches still reach ASP.NET Core.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void A_verb_after_configuration_switches_is_the_verb_and_the_switches_stay_configuration()
    {
        var command = CommandLine.Parse(["--ConnectionStrings:Kb=Data Source=x.db", "--urls", "http://127.0.0.1:5001", "admin", "add", "bob"]);

        Assert.Equal("admin", command.Verb);
        Assert.Equal(["add", "bob"], command.Arguments);
        Assert.Equal(["--ConnectionStrings:Kb=Data Source=x.db", "--urls", "http://127.0.0.1:5001"], command.ConfigurationArgs);
    }

    [Fact]
    public void Switches_on_both_sides_of_a_verb_are_all_configuration()
    {
        var command = CommandLine.Parse(["--Kb:Import:SeedPath=seeds", "import", "--dry-run", "--Kb:Import:MaxItemsPerFile", "50", "a.txt"]);

        Assert.Equal("import", command.Verb);
        Assert.Equal(["a.txt"], command.Arguments);
        Assert.Contains("--dry-run", command.Flags);
        Assert.Equal(["--Kb:Import:SeedPath=seeds", "--Kb:Import:MaxItemsPerFile", "50"], command.ConfigurationArgs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--urls http://127.0.0.1:5001")]
    [InlineData("--urls import")] // "import" is the value of --urls here, not a verb
    public void Without_a_verb_the_app_serves(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var command = CommandLine.Parse(args);

        Assert.Null(command.Verb);
        Assert.Equal(args, command.ConfigurationArgs);
    }
}
