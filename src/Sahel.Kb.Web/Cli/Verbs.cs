using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Export;
using Sahel.Kb.Import;

namespace Sahel.Kb.Web.Cli;

/// <summary>The command-line verbs: <c>import [PATH...] [--dry-run]</c>, <c>export</c>, <c>migrate</c>.</summary>
public static class Verbs
{
    public static async Task<int> RunAsync(WebApplication app, CommandLine command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<KbDbContext>();
        await DatabaseSetup.MigrateAsync(db);

        try
        {
            switch (command.Verb)
            {
                case "import":
                    var paths = command.Arguments.Count > 0
                        ? command.Arguments
                        : [ImportOptions.Resolve(services.GetRequiredService<ImportOptions>().SeedPath, app.Environment.ContentRootPath)];
                    var report = await services.GetRequiredService<SeedImporter>().ImportAsync(paths, command.Flags.Contains("--dry-run"));
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
                default:
                    return 0;
            }
        }
        catch (ImportException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
