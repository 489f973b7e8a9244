using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Sahel.Kb.Web.Tests;

/// <summary>The real app on a temporary SQLite file, importing the repository's seeds at start.</summary>
public sealed class KbAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "kb.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Kb", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Kb:Import:SeedPath", Path.Combine(Repository.Root, "seeds"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sahel.Kb.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Sahel.Kb.sln not found above the test folder.");
    }
}
