using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Data;
using Sahel.Kb.Tests.Support;
using Sahel.Kb.Web.Admin;

namespace Sahel.Kb.Web.Tests.Support;

/// <summary>
/// The real app on a temporary SQLite file (or a PostgreSQL database of its own on the tests'
/// private server) and data folder, importing a temporary copy of the repository's seeds at start
/// (tests may change the copy).
/// </summary>
public class KbAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-web-").FullName;
    private readonly string? _ownPostgres;

    public KbAppFactory()
        : this(DatabaseProvider.Sqlite, sharedConnectionString: null)
    {
    }

    /// <summary>An app on <paramref name="provider"/>: on a database of its own, or on <paramref name="sharedConnectionString"/>'s, as a second instance of another app.</summary>
    protected KbAppFactory(DatabaseProvider provider, string? sharedConnectionString)
    {
        Provider = provider;
        if (sharedConnectionString is not null)
        {
            ConnectionString = sharedConnectionString;
        }
        else if (provider == DatabaseProvider.Postgres)
        {
            // Named once the database exists: a factory that could not make it has nothing to drop.
            var name = $"kb_web_{Guid.NewGuid():N}";
            ConnectionString = TestPostgres.Create(name);
            _ownPostgres = name;
        }
        else
        {
            ConnectionString = $"Data Source={DatabasePath};Pooling=False";
        }

        Directory.CreateDirectory(SeedFolder);
        foreach (var seed in Directory.GetFiles(Path.Combine(Files.RepositoryRoot, "seeds")))
        {
            File.Copy(seed, Path.Combine(SeedFolder, Path.GetFileName(seed)));
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>A second instance of the app, on the same database as <paramref name="first"/>, on its own clock when given one.</summary>
    public static KbAppFactory SharingDatabaseWith(KbAppFactory first, TimeProvider? clock = null) => new SecondInstance(first) { Clock = clock };

    public string ConnectionString { get; }

    /// <summary>The app's clock, when a test needs one it can name (both apps of <c>BothProviders</c> stamp the same "last updated").</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Settings of this app beyond the test defaults (<c>Kb:…</c> keys).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public string DatabasePath => Path.Combine(_folder, "kb.db");

    public string DataFolder => Path.Combine(_folder, "data");

    public string SeedFolder => Path.Combine(_folder, "seeds");

    /// <summary>Creates an admin (or resets its password), as <c>admin add</c> does.</summary>
    public Task AddAdminAsync(string name, string password) => AddAdminAsync(Services, name, password);

    /// <summary>Creates an admin in the app of <paramref name="services"/>.</summary>
    public static async Task AddAdminAsync(IServiceProvider services, string name, string password)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(AdminAccounts.Role))
        {
            await roles.CreateAsync(new IdentityRole(AdminAccounts.Role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, AdminAccounts.Role);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Kb:Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Kb", ConnectionString);
        builder.UseSetting("Kb:Import:SeedPath", SeedFolder);
        builder.UseSetting("Kb:DataFolder", DataFolder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(Clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        if (_ownPostgres is not null)
        {
            TestPostgres.Drop(_ownPostgres);
        }
    }

    private sealed class SecondInstance(KbAppFactory first) : KbAppFactory(first.Provider, first.ConnectionString);
}

/// <summary>The real app on a PostgreSQL database of its own, on the tests' private server.</summary>
public sealed class PostgresAppFactory() : KbAppFactory(DatabaseProvider.Postgres, sharedConnectionString: null);
