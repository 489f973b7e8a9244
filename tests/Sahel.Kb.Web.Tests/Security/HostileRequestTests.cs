using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Web.Pages.Admin;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Security;

/// <summary>The app, with room for the many sign-ins of the tests below.</summary>
public sealed class ManySignInsAppFactory : KbAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Kb:RateLimits:SignInPerMinute", "1000");
    }
}

/// <summary>
/// Requests an attacker sends on purpose: each gets an honest 4xx (or a safe redirect), never a
/// 500 with a stack trace in the log, and never a status masked as another.
/// </summary>
public sealed class HostileRequestTests(ManySignInsAppFactory factory) : IClassFixture<ManySignInsAppFactory>
{
    public static TheoryData<string> BlankAddresses =>
        ["/articles/%20", "/articles/%09", "/articles/%0A", "/articles/%E2%80%83", "/articles/%E2%80%AE", "/wanted/%20", "/kinds/%20", "/api/articles/%20"];

    [Theory]
    [MemberData(nameof(BlankAddresses))]
    public async Task An_address_that_names_nothing_is_not_found(string path)
    {
        using var client = factory.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string, string> UnservedMethods => new()
    {
        { "TRACE", "/articles/minusma", "GET, HEAD" },
        { "PUT", "/articles/minusma", "GET, HEAD" },
        { "DELETE", "/", "GET, HEAD" },
        { "POST", "/timeline", "GET, HEAD" },
        { "TRACE", "/account/sign-in", "GET, HEAD, POST" },
        { "TRACE", "/admin", "GET, HEAD" },
        { "PATCH", "/admin/articles/minusma/edit", "GET, HEAD, POST" },
        { "TRACE", "/api/articles/minusma", "GET" },
    };

    [Theory]
    [MemberData(nameof(UnservedMethods))]
    public async Task A_method_a_page_does_not_serve_is_405_with_the_methods_it_does(string method, string path, string allowed)
    {
        using var admin = await factory.SignInAdminAsync($"admin-{method}-{path.GetHashCode(StringComparison.Ordinal):x}".ToLowerInvariant());
        using var anonymous = factory.CreateBrowserClient();

        foreach (var client in new[] { anonymous, admin })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
        }
    }

    [Theory]
    [InlineData("/articles/goïta", "/articles/go%C3%AFta")]
    [InlineData("/search?q=Kidal offensive", "/search?q=Kidal%20offensive")]
    [InlineData("//evil.example/admin", "/admin")]
    [InlineData("/\\evil.example", "/admin")]
    [InlineData("https://evil.example/", "/admin")]
    [InlineData("/admin\r\nSet-Cookie: x=1", "/admin")]
    public async Task Signing_in_returns_to_a_local_address_only_and_written_as_ascii(string returnUrl, string expected)
    {
        var name = $"return-{Convert.ToHexString(Encoding.UTF8.GetBytes(returnUrl))[..16]}".ToLowerInvariant();
        await factory.AddAdminAsync(name, Forms.AdminPassword);
        using var client = factory.CreateBrowserClient();

        using var response = await client.SubmitAsync("/account/sign-in", "main form", new() { ["UserName"] = name, ["Password"] = Forms.AdminPassword, ["ReturnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task A_form_too_large_to_read_answers_413_and_a_malformed_one_400()
    {
        // Kestrel enforces the body's size limit (30,000,000 bytes unless an endpoint sets its own).
        await using var app = new ManySignInsAppFactory();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
        using var huge = new ByteArrayContent(Encoding.ASCII.GetBytes("UserName=" + new string('a', 31_000_000)));
        huge.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var longValue = new ByteArrayContent(Encoding.ASCII.GetBytes("UserName=" + new string('a', 5_000_000)));
        longValue.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var nul = new ByteArrayContent("UserName=a\0b&Password=c"u8.ToArray());
        nul.Headers.ContentType = new("application/x-www-form-urlencoded");

        // A client that waits for "100 Continue" hears the refusal before it sends the body.
        using var hugeRequest = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative)) { Content = huge };
        hugeRequest.Headers.ExpectContinue = true;
        using var tooLarge = await client.SendAsync(hugeRequest);
        using var tooLong = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), longValue);
        using var malformed = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), nul);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("<h1>Too large</h1>", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // A value over the form reader's limit (4 MiB) is a form it refuses to read.
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("<h1>Bad request</h1>", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(5000)]
    public async Task An_upload_with_a_very_long_name_is_kept_under_a_short_safe_one(int length)
    {
        using var client = await factory.SignInAdminAsync($"long-name-{length}");
        var name = new string('n', length - 4) + ".txt";
        var page = "Long Name Front\n   HOME\n\nLong Name Front\nThe Long Name Front is an armed group founded in 2014.\n"u8.ToArray();

        using var response = await client.UploadSeedPageAsync(name, page, dryRun: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(factory.DataFolder, "uploads"), "nnn*"));
        Assert.Equal(UploadModel.MaxNameLength, Path.GetFileName(kept).Length);
        Assert.EndsWith(".txt", kept, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(factory.DataFolder, "staging")));
        File.Delete(kept);
    }

    [Theory]
    [InlineData("../../../etc/cron.d/evil.txt", "evil.txt")]
    [InlineData("..\\..\\web.config.txt", "web.config.txt")]
    [InlineData(".hidden.txt", "hidden.txt")]
    public async Task An_upload_name_cannot_leave_the_uploads_folder(string name, string kept)
    {
        using var client = await factory.SignInAdminAsync($"path-{Convert.ToHexString(Encoding.UTF8.GetBytes(name))[..12]}".ToLowerInvariant());
        var page = Encoding.UTF8.GetBytes($"Traversal Front {kept.Length}\n   HOME\n\nTraversal Front {kept.Length}\nThe Traversal Front is an armed group founded in 2015.\n");

        using var response = await client.UploadSeedPageAsync(name, page, dryRun: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "uploads", kept)), string.Join(", ", Directory.GetFiles(Path.Combine(factory.DataFolder, "uploads"))));
        File.Delete(Path.Combine(factory.DataFolder, "uploads", kept));
    }

    [Theory]
    [InlineData("/api/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/api/articles?kind=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    public async Task A_problem_answer_escapes_the_markup_it_echoes(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<", body, StringComparison.Ordinal);
        Assert.Contains("\\u003C", body, StringComparison.Ordinal);
    }
}
