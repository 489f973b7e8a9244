using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Browser.Tests.Support;

/// <summary>
/// The app on a real Kestrel port on 127.0.0.1, importing the repository's seeds, and Debian's
/// Chromium driven by Playwright. One of each for all browser tests; both stop at the end.
/// </summary>
public class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] s_chromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly KbAppFactory _app = new();
    private IPlaywright? _playwright;

    public BrowserFixture()
    {
    }

    /// <summary>The app with <paramref name="seedPages"/> among its seeds.</summary>
    protected BrowserFixture(params string[] seedPages)
    {
        foreach (var page in seedPages)
        {
            File.Copy(page, Path.Combine(_app.SeedFolder, Path.GetFileName(page)));
        }
    }

    public const string AdminName = "amina";
    public const string AdminPassword = "a long enough pass phrase";

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The running app's services (the offline edition's exporter).</summary>
    public IServiceProvider Services => _app.Services;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run ./test.sh, which installs it (apt-get install chromium).");
        }

        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);

        await _app.AddAdminAsync(AdminName, AdminPassword);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = s_chromiumArgs });
    }

    /// <summary>A fresh page, as a reader with a new browser profile would open it.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.BaseURL = BaseAddress.ToString();
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
