using Sahel.Kb.Web.Cli;

namespace Sahel.Kb.Web.Tests.Cli;

/// <summary>A verb is found wherever it stands among configuration switches; the switches still reach ASP.NET Core; help and mistakes stop before anything starts.</summary>
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
        // A path is made whole from the folder the command was typed in.
        Assert.Equal([Path.GetFullPath("a.txt", CommandLine.UserDirectory())], command.Arguments);
        Assert.Contains("--dry-run", command.Flags);
        Assert.Equal(["--Kb:Import:SeedPath=seeds", "--Kb:Import:MaxItemsPerFile", "50"], command.ConfigurationArgs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--urls http://127.0.0.1:5001")]
    [InlineData("--urls import")] // "import" is the value of --urls here, not a verb
    [InlineData("--Kb= --ConnectionStrings=")] // a configuration's sections, as the test host passes them
    public void Without_a_verb_the_app_serves(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var command = CommandLine.Parse(args);

        Assert.Null(command.Verb);
        Assert.Equal(args, command.ConfigurationArgs);
    }

    [Theory]
    [InlineData("imprt", "import")]
    [InlineData("exprt", "export")]
    [InlineData("restor", "restore")]
    [InlineData("amdin", "admin")]
    public void A_mistyped_verb_stops_with_exit_code_2_and_names_the_closest_verb(string typed, string meant)
    {
        using var error = new StringWriter();

        var command = CommandLine.Parse([typed], TextWriter.Null, error);

        Assert.Equal(CommandLine.UsageError, command.ExitCode);
        Assert.Contains($"Did you mean '{meant}'?", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_stops_with_exit_code_0_after_listing_the_verbs()
    {
        using var output = new StringWriter();

        var command = CommandLine.Parse(["--help"], output, TextWriter.Null);

        Assert.Equal(0, command.ExitCode);
        Assert.All(CommandLine.Verbs, verb => Assert.Contains($"  {verb} ", output.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_admin_subcommand_is_read_as_the_admin_verb_with_its_words()
    {
        var command = CommandLine.Parse(["admin", "remove", "bob"]);

        Assert.Equal("admin", command.Verb);
        Assert.Equal(["remove", "bob"], command.Arguments);
        Assert.Null(command.ExitCode);
    }

    [Fact]
    public void The_version_answers_and_stops()
    {
        using var output = new StringWriter();

        var command = CommandLine.Parse(["--version"], output, TextWriter.Null);

        Assert.Equal(0, command.ExitCode);
        Assert.Matches(@"^\d+\.\d+", output.ToString());
    }
}
