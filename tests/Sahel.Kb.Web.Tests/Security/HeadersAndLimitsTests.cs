using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Data;
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
    public async Task Kestrel_sends_no_server_header_and_trusts_a_local_proxys_scheme()
    {
        await using var app = new KbAppFactory();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var behindProxy = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/sign-in", UriKind.Relative));
        behindProxy.Headers.Add("X-Forwarded-Proto", "https");
        using var proxied = await client.SendAsync(behindProxy);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        // Plain HTTP gets no HSTS; the same request from a TLS proxy on the loopback address is HTTPS.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("served over plain HTTP", await proxied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_shows_a_plain_page_with_a_request_id_and_no_internals()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor, FailingReads>().AddSingleton<IStatementObserver, FailingReads>()));
        using var client = failing.CreateClient();

        using var response = await client.GetAsync(new Uri("/articles/minusma", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.Matches("request id <code>[0-9a-f-]{20,}</code>", html);
        Assert.DoesNotContain(FailingReads.Message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
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

    /// <summary>A database whose reads of mentions fail, as a corrupt file would.</summary>
    private sealed class FailingReads : DbCommandInterceptor, IStatementObserver
    {
        public const string Message = "disk I/O error (simulated)";

        public void Executing(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
        {
            if (sql.Contains("\"Mentions\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(Message);
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("\"Mentions\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException(Message)
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
