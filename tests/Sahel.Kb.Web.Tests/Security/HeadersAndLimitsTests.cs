using System.Data.Common;
using Microsoft.Extensions.Configuration;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Requests;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Security;

/// <summary>OWASP ASVS level 1: the headers of every response, errors without internals, and rate limits.</summary>
public sealed class HeadersAndLimitsTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    public static TheoryData<string, int> Responses => new()
    {
        { "/", 200 },
        { "/articles/minusma", 200 },
        { "/articles/no-such-article", 404 },
        { "/search?q=kidal", 200 },
        { "/api/articles/minusma", 200 },
        { "/api/articles/no-such-article", 404 },
        { "/css/site.css", 200 },
        { "/js/suggest.js", 200 },
        { "/healthz", 200 },
        { "/admin", 302 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path, int status)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, (int)response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
        if (response.Content.Headers.ContentType is { MediaType: { } type } contentType && (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal)))
        {
            Assert.Equal("utf-8", contentType.CharSet);
        }
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header_and_trusts_only_the_configured_proxys_scheme()
    {
        await using var app = new KbAppFactory();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(Address(app)) };
        await using var second = new KbAppFactory();
        await using var proxied = second.WithWebHostBuilder(b => b.UseSetting("Kb:ForwardedHeaders:KnownProxies", "127.0.0.1"));
        proxied.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        proxied.StartServer();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var spoofed = await SignInPageAsync(client);
        using var behindProxy = await SignInPageAsync(new HttpClient { BaseAddress = new Uri(Address(proxied)) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        // Plain HTTP gets no HSTS, and a client cannot claim HTTPS by a header of its own; the same
        // header from the proxy Kb:ForwardedHeaders names makes the request HTTPS.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
        Assert.True(behindProxy.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("served over plain HTTP", await behindProxy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.0/8, ::1", true)]
    public async Task Sign_in_limits_hold_per_client_and_a_forwarded_address_counts_only_from_a_configured_proxy(string? proxies, bool limited)
    {
        await using var factory = new KbAppFactory();
        await using var app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Kb:RateLimits:SignInPerMinute", "3");
            if (proxies is not null)
            {
                b.UseSetting("Kb:ForwardedHeaders:KnownProxies", proxies);
            }
        });
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(Address(app)) };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            request.Content = new FormUrlEncodedContent([new("UserName", "admin"), new("Password", "wrong password")]);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        // 127.0.0.1 is the test's own address: a proxy only when configured as one.
        Assert.Equal(limited, statuses.Contains(HttpStatusCode.TooManyRequests));
    }

    private static string Address(WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    private static async Task<HttpResponseMessage> SignInPageAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/sign-in", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_failure_shows_a_plain_page_with_the_request_id_its_log_lines_end_with_and_no_internals()
    {
        // The app starts (and imports the seeds) before its reads are made to fail.
        factory.CreateClient().Dispose();
        var log = Path.Combine(Path.GetTempPath(), $"sahel-kb-log-{Guid.NewGuid():N}.txt");
        try
        {
            string html;
            using (var failing = factory.WithWebHostBuilder(b => b
                .ConfigureTestServices(s => s.AddSingleton<IInterceptor, FailingReads>())
                // A second sink beside the console, writing the console's lines to a file the test reads.
                .ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Serilog:Using:0"] = "Serilog.Sinks.File",
                    ["Serilog:WriteTo:0:Name"] = "File",
                    ["Serilog:WriteTo:0:Args:path"] = log,
                    ["Serilog:WriteTo:0:Args:outputTemplate"] = LogLines.Template,
                }))))
            {
                using var client = failing.CreateClient();
                using var response = await client.GetAsync(new Uri("/articles/minusma", UriKind.Relative));
                html = await response.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                Assert.True(response.Headers.Contains("Content-Security-Policy"));
            }

            Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
            var requestId = Assert.Single(Regex.Matches(html, "request id <code>([^<]+)</code>")).Groups[1].Value;
            Assert.DoesNotContain(FailingReads.Message, html, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
            // The failure's line in the log (with its exception below it) ends with the id the page gave.
            var lines = await File.ReadAllLinesAsync(log);
            var failure = Array.FindIndex(lines, line => line.Contains(" ERR] ", StringComparison.Ordinal) && line.EndsWith($" {requestId}", StringComparison.Ordinal));
            Assert.True(failure >= 0, $"no error line ends with {requestId}:\n{string.Join('\n', lines)}");
            Assert.Contains(lines.Skip(failure + 1), line => line.Contains(FailingReads.Message, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task Searching_too_fast_gets_429_with_a_page_that_says_so()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Kb:RateLimits:SearchPerMinute", "5"));
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync(new Uri($"/search?q=kidal{i}", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/api/search?q=mali", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/search?q=gao", UriKind.Relative));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many requests", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var article = await client.GetAsync(new Uri("/articles/minusma", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    [Fact]
    public async Task Signing_in_too_often_gets_429()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Kb:RateLimits:SignInPerMinute", "3"));
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var form = new FormUrlEncodedContent([new("Name", "admin"), new("Password", "wrong password " + i)]);
            using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        using var signInPage = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
    }

    /// <summary>A database whose reads of mentions and prepared pages fail, as a corrupt file would.</summary>
    private sealed class FailingReads : DbCommandInterceptor
    {
        public const string Message = "disk I/O error (simulated)";

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("\"Mentions\"", StringComparison.Ordinal) || command.CommandText.Contains("\"PreparedPages\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException(Message)
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
