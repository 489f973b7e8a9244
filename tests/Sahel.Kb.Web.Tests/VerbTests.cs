using System.Diagnostics;
using System.Text.Json;
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

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    private static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sahel.Kb.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
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
}
