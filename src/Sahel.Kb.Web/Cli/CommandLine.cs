using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Sahel.Kb.Text;

namespace Sahel.Kb.Web.Cli;

/// <summary>
/// The command line: a verb with its own arguments, read with System.CommandLine (so every verb
/// has its <c>--help</c>, and a mistyped verb is an error that suggests the closest one), and the
/// configuration switches that go to ASP.NET Core wherever they stand
/// (<c>--ConnectionStrings:Kb=…</c>, <c>--urls …</c>). No verb: the app serves. Paths given to a
/// verb are read from the folder the command was typed in, even under <c>dotnet run</c>, which
/// runs the app in the project's folder.
/// </summary>
public sealed record CommandLine(
    string? Verb,
    IReadOnlyList<string> Arguments,
    IReadOnlySet<string> Flags,
    IReadOnlyDictionary<string, string> Options,
    string[] ConfigurationArgs,
    int? ExitCode = null)
{
    /// <summary>Exit code of a command line the app cannot read (an unknown verb, a missing argument).</summary>
    public const int UsageError = 2;

    /// <summary>The host's own settings, given without a section: <c>--urls</c>, <c>--environment</c>…</summary>
    private static readonly HashSet<string> s_hostSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "webroot", "applicationName", "http_ports", "https_ports", "pathbase",
    };

    public static IReadOnlyList<string> Verbs => [.. Root().Subcommands.Select(c => c.Name)];

    /// <summary>Reads <paramref name="args"/>; help and errors are written at once, and <see cref="ExitCode"/> says to stop.</summary>
    public static CommandLine Parse(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var (configuration, tokens) = Split(args);
        if (tokens.Count == 0)
        {
            return new CommandLine(null, [], new HashSet<string>(), new Dictionary<string, string>(), [.. configuration]);
        }

        var root = Root();
        var parsed = root.Parse(tokens);
        // --help (the app's or a verb's) and --version answer and stop.
        if (parsed.Errors.Count == 0 && (parsed.Action is HelpAction || parsed.CommandResult.Command is RootCommand))
        {
            var code = parsed.Invoke(new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error });
            return Stop(configuration, code);
        }

        if (parsed.Errors.Count > 0)
        {
            error ??= Console.Error;
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            if (!tokens[0].StartsWith('-') && !Verbs.Contains(tokens[0]) && Closest(tokens[0]) is { } verb)
            {
                error.WriteLine($"Did you mean '{verb}'?");
            }

            error.WriteLine($"Run with --help to see the verbs{(Verbs.Contains(tokens[0]) ? $", or {tokens[0]} --help for this one" : "")}.");
            return Stop(configuration, UsageError);
        }

        return Read(parsed, configuration);
    }

    /// <summary>The verb closest to a mistyped one ("imprt" is "import"), or null when none is near.</summary>
    public static string? Closest(string word) =>
        Verbs.Select(v => (Verb: v, Distance: EditDistance.Within(word, v, 2)))
            .Where(v => v.Distance <= 2)
            .OrderBy(v => v.Distance)
            .Select(v => v.Verb)
            .FirstOrDefault();

    /// <summary>
    /// The folder the user typed the command in: the shell's <c>PWD</c>, which <c>dotnet run</c>
    /// passes on unchanged while it moves the app to the project's folder; else the working folder.
    /// </summary>
    public static string UserDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } typedIn && Directory.Exists(typedIn) ? typedIn : Environment.CurrentDirectory;

    /// <summary>
    /// The folder the app keeps its settings, stylesheet and data in: its own when it is started from
    /// another (<c>dotnet /srv/kb/Sahel.Kb.Web.dll</c>, where the working folder has no
    /// <c>appsettings.json</c>); null, the working folder as ASP.NET Core has it, under <c>dotnet run</c>
    /// or when <c>--contentRoot</c> (or <c>ASPNETCORE_CONTENTROOT</c>) names one.
    /// </summary>
    public string? ContentRoot =>
        ConfigurationArgs.Any(a => a.TrimStart('-').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
        || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 }
        || File.Exists(Path.Combine(Environment.CurrentDirectory, "appsettings.json"))
            ? null
            : AppContext.BaseDirectory;

    private static string UserPath(string path) => Path.GetFullPath(path, UserDirectory());

    private static CommandLine Stop(List<string> configuration, int exitCode) =>
        new(null, [], new HashSet<string>(), new Dictionary<string, string>(), [.. configuration], exitCode);

    /// <summary>Configuration switches (a section key, or a host setting) and their values, apart from the verb's words.</summary>
    private static (List<string> Configuration, List<string> Tokens) Split(string[] args)
    {
        var (configuration, tokens) = (new List<string>(), new List<string>());
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            // A setting is "--Section:Key value", "--key=value" (the verbs' own options take their value after a space) or a host setting.
            var key = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..].Split('=')[0] : "";
            if (key.Length > 0 && (key.Contains(':', StringComparison.Ordinal) || arg.Contains('=', StringComparison.Ordinal) || s_hostSettings.Contains(key)))
            {
                configuration.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    configuration.Add(args[++i]);
                }
            }
            else
            {
                tokens.Add(arg);
            }
        }

        return (configuration, tokens);
    }

    private static readonly Argument<string[]> s_importPaths = new("paths")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Seed pages (.txt, .html) or folders of them; none: the seed folder, as a complete set (a page gone from it lists nothing any more)",
    };

    private static readonly Option<bool> s_dryRun = new("--dry-run") { Description = "Read and report, write nothing" };
    private static readonly Argument<string> s_folder = new("DIR") { Description = "The folder to write the static site to" };
    private static readonly Argument<string> s_zimFile = new("FILE") { Description = "The ZIM file to write (sahel-kb.zim)" };
    private static readonly Argument<string> s_backupFile = new("FILE") { Description = "The backup file" };
    private static readonly Argument<string> s_user = new("USER") { Description = "The admin's user name" };
    private static readonly Option<int> s_articles = new("--articles") { Description = "How many articles", Required = true };
    private static readonly Option<string> s_out = new("--out") { Description = "The folder to write the seed pages to", Required = true };
    private static readonly Option<int> s_seed = new("--seed") { Description = "The random seed: the same seed, the same corpus", DefaultValueFactory = _ => 1 };

    /// <summary>The verbs, with their arguments and help.</summary>
    private static RootCommand Root()
    {
        var root = new RootCommand(
            "Sahel KB: a knowledge base on the conflicts of the Sahel. Without a verb, serves the site (migrating the database and " +
            "importing the seed folder when it is empty). Configuration switches such as --ConnectionStrings:Kb=\"Data Source=kb.db\" or " +
            "--urls http://127.0.0.1:5000 may stand anywhere.");
        root.Subcommands.Add(new Command("import", "Imports seed pages into the knowledge base") { s_importPaths, s_dryRun });
        root.Subcommands.Add(new Command("export", "Writes every article as JSON to standard output"));
        root.Subcommands.Add(new Command("export-site", "Writes the offline edition as a static site that opens from a folder") { s_folder });
        root.Subcommands.Add(new Command("export-zim", "Writes the offline edition as a ZIM file for Kiwix (needs Debian's zim-tools)") { s_zimFile });
        root.Subcommands.Add(new Command("migrate", "Brings the database's schema up to date"));
        root.Subcommands.Add(new Command("admin", "Manages the admins who may import and edit")
        {
            new Command("add", "Adds an admin, or resets the password of one; the password is read from standard input") { s_user },
            new Command("list", "Lists the admins"),
            new Command("remove", "Removes an admin and ends their sessions") { s_user },
        });
        root.Subcommands.Add(new Command("generate", "Writes a synthetic corpus of seed pages, for benchmarks") { s_articles, s_out, s_seed });
        root.Subcommands.Add(new Command("backup", "Copies the SQLite database to a file, consistently, while the app runs") { s_backupFile });
        root.Subcommands.Add(new Command("restore", "Replaces the SQLite database with a backup") { s_backupFile });
        return root;
    }

    /// <summary>The parsed verb in the form the verbs read: its words, flags and options, paths made whole.</summary>
    private static CommandLine Read(ParseResult parsed, List<string> configuration)
    {
        var command = parsed.CommandResult.Command;
        var verb = command.Parents.OfType<Command>().FirstOrDefault(p => p is not RootCommand)?.Name ?? command.Name;
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> arguments = verb switch
        {
            "import" => [.. (parsed.GetValue(s_importPaths) ?? []).Select(UserPath)],
            "export-site" => [UserPath(parsed.GetRequiredValue(s_folder))],
            "export-zim" => [UserPath(parsed.GetRequiredValue(s_zimFile))],
            "backup" or "restore" => [UserPath(parsed.GetRequiredValue(s_backupFile))],
            "admin" => command.Name == "list" ? ["list"] : [command.Name, parsed.GetRequiredValue(s_user)],
            _ => [],
        };
        if (verb == "import" && parsed.GetValue(s_dryRun))
        {
            flags.Add("--dry-run");
        }

        if (verb == "generate")
        {
            options["--articles"] = parsed.GetValue(s_articles).ToString(CultureInfo.InvariantCulture);
            options["--out"] = UserPath(parsed.GetRequiredValue(s_out));
            options["--seed"] = parsed.GetValue(s_seed).ToString(CultureInfo.InvariantCulture);
        }

        return new CommandLine(verb, arguments, flags, options, [.. configuration]);
    }
}
