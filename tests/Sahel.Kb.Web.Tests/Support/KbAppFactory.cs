using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Web.Tests.Support;

/// <summary>The real app on a temporary SQLite file, importing the repository's seeds at start.</summary>
public sealed class KbAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "kb.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Kb", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Kb:Import:SeedPath", Path.Combine(Files.RepositoryRoot, "seeds"));
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
