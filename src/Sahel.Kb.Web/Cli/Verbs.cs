using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using System.Globalization;
using Sahel.Kb.Export;
using Sahel.Kb.Generation;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Admin;

namespace Sahel.Kb.Web.Cli;

/// <summary>The command-line verbs: <c>import [PATH...] [--dry-run]</c>, <c>export</c>, <c>export-site DIR</c>, <c>export-zim FILE</c>, <c>migrate</c>, <c>admin add|list|remove</c>, <c>generate</c>, <c>backup FILE</c>, <c>restore FILE</c>.</summary>
public static class Verbs
{
    /// <summary><c>export-site DIR</c> and <c>export-zim FILE.zim</c>: the offline edition, rendered by the running app's pages.</summary>
    public static async Task<int> ExportOfflineAsync(WebApplication app, CommandLine command)
    {
        if (command.Arguments is not [var target])
        {
            await Console.Error.WriteLineAsync($"usage: {command.Verb} {(command.Verb == "export-zim" ? "FILE.zim" : "DIR")}");
            return 2;
        }

        var path = Path.GetFullPath(target);
        var progress = ConsoleProgress.OnStandardError();
        try
        {
            if (command.Verb == "export-zim")
            {
                var zim = await app.Services.GetRequiredService<Offline.ZimExporter>().ExportAsync(path, progress);
                progress.Done();
                await Console.Out.WriteLineAsync($"wrote {zim.File}: {zim.Pages:N0} pages, {zim.Bytes:N0} bytes, in {zim.Took.TotalSeconds:F1} s");
            }
            else
            {
                var site = await app.Services.GetRequiredService<Offline.SiteExporter>().ExportAsync(path, progress);
                progress.Done();
                await Console.Out.WriteLineAsync($"wrote {site.Pages:N0} pages ({site.Bytes:N0} bytes) to {site.Folder} in {site.Took.TotalSeconds:F1} s; open {Path.Combine(site.Folder, "index.html")}");
            }

            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    public static async Task<int> RunAsync(WebApplication app, CommandLine command)
    {
        if (command.Verb == "generate")
        {
            return await GenerateAsync(command);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<KbDbContext>();
        await DatabaseSetup.MigrateAsync(db);

        try
        {
            switch (command.Verb)
            {
                case "import":
                    // No path: the whole seed set, so a page gone from it lists nothing any more.
                    var wholeSet = command.Arguments.Count == 0;
                    var paths = wholeSet ? services.GetRequiredService<SeedSet>().Paths : command.Arguments;
                    var progress = ConsoleProgress.OnStandardError();
                    var settings = new ImportSettings(DryRun: command.Flags.Contains("--dry-run"), CompleteSet: wholeSet, Progress: progress);
                    var report = await services.GetRequiredService<SeedImporter>().ImportAsync(paths, settings);
                    progress.Done();
                    await Console.Out.WriteLineAsync(report.ToString());
                    foreach (var warning in report.Warnings)
                    {
                        await Console.Out.WriteLineAsync($"warning: {warning}");
                    }

                    return 0;
                case "export":
                    await using (var stdout = Console.OpenStandardOutput())
                    {
                        await ArticleExport.WriteAsync(db, stdout);
                    }

                    return 0;
                case "admin":
                    return await AdminVerb.RunAsync(services, command.Arguments);
                case "backup" or "restore" when command.Arguments.Count != 1:
                    await Console.Error.WriteLineAsync($"usage: {command.Verb} FILE");
                    return 2;
                case "backup":
                    var file = Path.GetFullPath(command.Arguments[0]);
                    var saved = await DatabaseBackup.BackupAsync(db, file);
                    await Console.Out.WriteLineAsync($"backed up {saved:N0} articles to {file} ({new FileInfo(file).Length:N0} bytes)");
                    return 0;
                case "restore":
                    var seen = await KnowledgeVersion.ReadAsync(db);
                    var restored = await DatabaseBackup.RestoreAsync(db, command.Arguments[0]);
                    // A backup from an older version gets the newer schema, and a version no reader has seen.
                    await DatabaseSetup.MigrateAsync(db);
                    await KnowledgeVersion.MovePastAsync(db, seen);
                    await Console.Out.WriteLineAsync($"restored {restored:N0} articles from {Path.GetFullPath(command.Arguments[0])}");
                    return 0;
                default:
                    return 0;
            }
        }
        catch (Exception e) when (e is ImportException or BackupException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary><c>generate --articles N --out DIR [--seed S]</c>: a synthetic corpus of seed pages, for benchmarks.</summary>
    private static async Task<int> GenerateAsync(CommandLine command)
    {
        var (count, folder, seed) = (int.Parse(command.Options["--articles"], CultureInfo.InvariantCulture), command.Options["--out"], int.Parse(command.Options["--seed"], CultureInfo.InvariantCulture));
        if (count < 1)
        {
            await Console.Error.WriteLineAsync("error: --articles must be at least 1");
            return CommandLine.UsageError;
        }

        Directory.CreateDirectory(folder);
        var pages = 0;
        var progress = ConsoleProgress.OnStandardError();
        foreach (var page in new CorpusGenerator(seed).Generate(count))
        {
            await File.WriteAllTextAsync(Path.Combine(folder, page.FileName), page.Content);
            // Pages hold about a dozen articles each: the count that means something is the articles'.
            progress.Report("generating", Math.Min(++pages * CorpusGenerator.ItemsPerPage, count), count);
        }

        progress.Done();

        await Console.Out.WriteLineAsync($"generated {count} articles on {pages} pages in {Path.GetFullPath(folder)} (seed {seed})");
        return 0;
    }
}
