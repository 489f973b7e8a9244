namespace Sahel.Kb.Web.Cli;

/// <summary>
/// Splits the command line into a verb with its own arguments and the configuration switches
/// that go to ASP.NET Core (<c>--ConnectionStrings:Kb=...</c>, <c>--urls ...</c>).
/// </summary>
public sealed record CommandLine(
    string? Verb,
    IReadOnlyList<string> Arguments,
    IReadOnlySet<string> Flags,
    IReadOnlyDictionary<string, string> Options,
    string[] ConfigurationArgs)
{
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string>(StringComparer.Ordinal) { "import", "export", "export-site", "export-zim", "migrate", "admin", "generate", "backup", "restore" };

    /// <summary>Flags the verbs understand; anything else starting with "--" is configuration.</summary>
    private static readonly HashSet<string> s_verbFlags = new(StringComparer.Ordinal) { "--dry-run" };

    /// <summary>Verb options that take a value (<c>--articles 2000</c>).</summary>
    private static readonly HashSet<string> s_verbOptions = new(StringComparer.Ordinal) { "--articles", "--out", "--seed" };

    public static CommandLine Parse(string[] args)
    {
        var verbAt = VerbPosition(args);
        if (verbAt < 0)
        {
            return new CommandLine(null, [], new HashSet<string>(), new Dictionary<string, string>(), args);
        }

        var arguments = new List<string>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var configuration = new List<string>(args[..verbAt]);
        for (var i = verbAt + 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (s_verbFlags.Contains(arg))
            {
                flags.Add(arg);
            }
            else if (s_verbOptions.Contains(arg) && i + 1 < args.Length)
            {
                options[arg] = args[++i];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                configuration.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    configuration.Add(args[++i]);
                }
            }
            else
            {
                arguments.Add(arg);
            }
        }

        return new CommandLine(args[verbAt], arguments, flags, options, [.. configuration]);
    }

    /// <summary>
    /// Where the verb stands: the first word that is not a configuration switch or its value
    /// (<c>--ConnectionStrings:Kb=… admin add bob</c>, <c>--urls http://… import</c>); -1 for none.
    /// </summary>
    private static int VerbPosition(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Verbs.Contains(args[i]) ? i : -1;
            }

            if (!args[i].Contains('=', StringComparison.Ordinal))
            {
                i++;
            }
        }

        return -1;
    }
}
