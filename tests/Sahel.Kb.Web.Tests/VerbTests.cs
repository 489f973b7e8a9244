using System.Diagnostics;
using System.Text.Json;
using Sahel.Kb.Generation;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Web.Tests;

/// <summary>The command-line verbs, run as a user runs them: the app's own executable in a process of its own.</summary>
public sealed class VerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-cli-").FullName;

    private string ConnectionSwitch => $"--ConnectionStrings:Kb=Data Source={Path.Combine(_folder, "kb.db")}";

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Import_then_export_prints_the_knowledge_base_as_json()
    {
        var import = await RunAsync("import", Path.Combine(Files.RepositoryRoot, "seeds"), ConnectionSwitch);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("created 13, updated 0, unchanged 0", import.Output, StringComparison.Ordinal);

        var export = await RunAsync("export", ConnectionSwitch);

        Assert.Equal(0, export.ExitCode);
        using var json = JsonDocument.Parse(export.Output);
        Assert.Equal(13, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task Help_lists_the_verbs_and_starts_nothing()
    {
        var help = await RunAsync("--help", ConnectionSwitch);

        Assert.Equal(0, help.ExitCode);
        foreach (var verb in (string[])["import", "export", "export-site", "export-zim", "migrate", "admin", "generate", "backup", "restore"])
        {
            Assert.Contains($"  {verb} ", help.Output, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(_folder, "kb.db")), "help created the database");
    }

    [Fact]
    public async Task Each_verb_has_its_own_help()
    {
        var help = await RunAsync("import", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--dry-run", help.Output, StringComparison.Ordinal);
        Assert.Contains("Imports seed pages", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_verb_is_an_error_that_names_the_closest_verb_and_starts_nothing()
    {
        var result = await RunAsync("imprt", "seeds", ConnectionSwitch);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean 'import'?", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "kb.db")), "a mistyped verb created the database");
    }

    [Fact]
    public async Task A_verb_without_its_argument_is_a_usage_error()
    {
        var result = await RunAsync("backup", ConnectionSwitch);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("backup --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_path_means_the_folder_the_command_was_typed_in()
    {
        // As under `dotnet run`: the app runs in its own folder, the shell's PWD is where the user typed.
        Directory.CreateDirectory(Path.Combine(_folder, "pages"));
        File.Copy(Path.Combine(Files.RepositoryRoot, "seeds", "000_93b557a858d81a10.txt"), Path.Combine(_folder, "pages", "seed.txt"));

        var import = await RunTypedInAsync(_folder, "import", "pages", ConnectionSwitch);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("created 13", import.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_prints_the_summary_and_writes_nothing()
    {
        var dryRun = await RunAsync("import", "--dry-run", Path.Combine(Files.RepositoryRoot, "seeds"), ConnectionSwitch);
        Assert.Contains("dry run: would import 1 file(s): created 13", dryRun.Output, StringComparison.Ordinal);

        var export = await RunAsync("export", ConnectionSwitch);

        using var json = JsonDocument.Parse(export.Output);
        Assert.Equal(0, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_file_exits_with_1_and_one_line_naming_it()
    {
        var bad = Path.Combine(_folder, "broken.txt");
        await File.WriteAllBytesAsync(bad, [0x4B, 0x69, 0x64, 0x61, 0x6C, 0x0A, 0xFF, 0xFE, 0x0A]);

        var result = await RunAsync("import", bad, ConnectionSwitch);

        Assert.Equal(1, result.ExitCode);
        var errorLine = Assert.Single(result.Error.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Equal("error: broken.txt: line 2: not valid UTF-8 text", errorLine);
    }

    [Fact]
    public async Task Admin_add_reads_the_password_from_standard_input_and_list_and_remove_manage_admins()
    {
        var added = await RunWithInputAsync("a long enough pass phrase\n", "admin", "add", "amina", ConnectionSwitch);
        Assert.Equal((0, "admin amina created"), (added.ExitCode, added.Output.Trim()));
        Assert.DoesNotContain("a long enough pass phrase", added.Output + added.Error, StringComparison.Ordinal);

        var reset = await RunWithInputAsync("another long pass phrase\n", "admin", "add", "amina", ConnectionSwitch);
        Assert.Equal("admin amina: password reset", reset.Output.Trim());
        var weak = await RunWithInputAsync("short\n", "admin", "add", "bakary", ConnectionSwitch);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Error, StringComparison.Ordinal);

        Assert.Equal("amina", (await RunAsync("admin", "list", ConnectionSwitch)).Output.Trim());
        Assert.Equal(0, (await RunAsync("admin", "remove", "amina", ConnectionSwitch)).ExitCode);
        Assert.Equal("", (await RunAsync("admin", "list", ConnectionSwitch)).Output.Trim());
        var missing = await RunAsync("admin", "remove", "amina", ConnectionSwitch);
        Assert.Equal((1, "error: there is no admin \"amina\""), (missing.ExitCode, missing.Error.Trim().Split('\n')[^1]));
    }

    [Fact]
    public async Task Backup_copies_the_database_while_the_site_serves_and_restore_puts_it_back()
    {
        await RunAsync("import", Path.Combine(Files.RepositoryRoot, "seeds"), ConnectionSwitch);
        var original = (await RunAsync("export", ConnectionSwitch)).Output;
        var backup = Path.Combine(_folder, "backups", "kb-backup.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);

        // Readers keep the database busy while the backup runs.
        using var stop = new CancellationTokenSource();
        var readers = Task.Run(async () =>
        {
            var reads = 0;
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "kb.db")};Pooling=False");
            await connection.OpenAsync();
            while (!stop.IsCancellationRequested)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM Articles JOIN Mentions ON Mentions.SourceArticleId = Articles.Id";
                await command.ExecuteScalarAsync();
                reads++;
            }

            return reads;
        });
        var backedUp = await RunAsync("backup", backup, ConnectionSwitch);
        await stop.CancelAsync();
        Assert.True(await readers > 0);

        Assert.Equal(0, backedUp.ExitCode);
        Assert.StartsWith($"backed up 13 articles to {backup}", backedUp.Output, StringComparison.Ordinal);
        Assert.Equal(["kb-backup.db"], Directory.GetFiles(Path.GetDirectoryName(backup)!).Select(Path.GetFileName));
        Assert.Equal(original, (await RunAsync("export", $"--ConnectionStrings:Kb=Data Source={backup}")).Output);

        var changed = Files.CopyAs(Files.Seed, "000_93b557a858d81a10.txt", text => text.Replace("Kidal", "Qidal", StringComparison.Ordinal));
        await RunAsync("import", changed, ConnectionSwitch);
        Assert.NotEqual(original, (await RunAsync("export", ConnectionSwitch)).Output);

        var restored = await RunAsync("restore", backup, ConnectionSwitch);

        Assert.Equal((0, $"restored 13 articles from {backup}"), (restored.ExitCode, restored.Output.Trim()));
        Assert.Equal(original, (await RunAsync("export", ConnectionSwitch)).Output);
    }

    [Fact]
    public async Task Restoring_a_file_that_is_no_backup_says_so_and_changes_nothing()
    {
        await RunAsync("import", Path.Combine(Files.RepositoryRoot, "seeds"), ConnectionSwitch);
        var before = (await RunAsync("export", ConnectionSwitch)).Output;
        var notABackup = Path.Combine(_folder, "notes.db");
        await File.WriteAllTextAsync(notABackup, "my notes, not a database\n");

        var result = await RunAsync("restore", notABackup, ConnectionSwitch);
        var missing = await RunAsync("restore", Path.Combine(_folder, "missing.db"), ConnectionSwitch);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {notABackup}: not a SQLite database (SQLite Error 26: 'file is not a database')",
            Assert.Single(result.Error.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal)));
        Assert.Contains("missing.db: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await RunAsync("export", ConnectionSwitch)).Output);
    }

    [Theory]
    [InlineData("writing")] // the articles are being inserted
    [InlineData("linking")] // every row is written, the links are being read, nothing is committed yet
    public async Task An_import_killed_while_it_writes_leaves_the_database_as_it_was(string stage)
    {
        await RunAsync("import", Path.Combine(Files.RepositoryRoot, "seeds"), ConnectionSwitch);
        var before = (await RunAsync("export", ConnectionSwitch)).Output;
        var corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var page in new CorpusGenerator(seed: 5).Generate(4000))
        {
            await File.WriteAllTextAsync(Path.Combine(corpus, page.FileName), page.Content);
        }

        using (var import = Start(false, "import", corpus, ConnectionSwitch))
        {
            // The import says on standard error when each stage of its one write transaction begins: killed there, not after a guessed time.
            string? line;
            while ((line = await import.StandardError.ReadLineAsync()) is not null && !line.StartsWith(stage, StringComparison.Ordinal))
            {
            }

            Assert.NotNull(line);
            Assert.False(import.HasExited, "the import finished before it could be killed");
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
        }

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "kb.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
        }

        Assert.Equal(before, (await RunAsync("export", ConnectionSwitch)).Output);
    }

    [Fact]
    public async Task Started_from_another_folder_the_app_reads_its_own_settings_and_exports_its_stylesheet()
    {
        // "dotnet /srv/kb/Sahel.Kb.Web.dll …" typed in a folder that holds none of the app's files.
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;
        Assert.Equal(0, (await RunAsync("import", Files.Seed, ConnectionSwitch)).ExitCode);

        var export = await RunAsync(elsewhere, null, ["export-site", "site", ConnectionSwitch, $"--Kb:DataFolder={Path.Combine(_folder, "data")}"], workingIn: elsewhere);

        Assert.Equal(0, export.ExitCode);
        Assert.True(File.Exists(Path.Combine(elsewhere, "site", "css", "site.css")), export.Error);
        Assert.Contains("<link rel=\"stylesheet\" href=\"css/site.css", await File.ReadAllTextAsync(Path.Combine(elsewhere, "site", "index.html")), StringComparison.Ordinal);
        // The app's appsettings.json keeps each of EF Core's SQL commands out of the log.
        Assert.DoesNotContain("Executed DbCommand", export.Error, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    private static Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string? input, params string[] args) => RunAsync(null, input, args);

    private static Task<(int ExitCode, string Output, string Error)> RunTypedInAsync(string typedIn, params string[] args) => RunAsync(typedIn, null, args);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string? typedIn, string? input, string[] args, string? workingIn = null)
    {
        using var process = Start(input is not null, args, typedIn, workingIn);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The app's executable with a verb, in a process of its own.</summary>
    private static Process Start(bool withInput, params string[] args) => Start(withInput, args, typedIn: null);

    /// <summary>
    /// The app in its own folder, as <c>dotnet run</c> starts it (else in <paramref name="workingIn"/>), from a
    /// shell in <paramref name="typedIn"/> (else the app's folder).
    /// </summary>
    private static Process Start(bool withInput, string[] args, string? typedIn, string? workingIn = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = withInput,
            WorkingDirectory = workingIn ?? AppContext.BaseDirectory,
        };
        start.Environment["PWD"] = typedIn ?? AppContext.BaseDirectory;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sahel.Kb.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
