using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Web.Pages.Account;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Admin;

public sealed class AccessTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    /// <summary>Every route under /admin the app maps, with its parameters filled in.</summary>
    private List<string> AdminRoutes()
    {
        using var client = factory.CreateClient();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(route => route.StartsWith("admin", StringComparison.Ordinal) || route.StartsWith("/admin", StringComparison.Ordinal))
            .Select(route => "/" + route.TrimStart('/').Replace("{slug}", "minusma", StringComparison.Ordinal).Replace("{id:int}", "1", StringComparison.Ordinal))
            .Distinct()
            .ToList();
    }

    [Fact]
    public async Task Every_admin_page_sends_an_anonymous_reader_to_sign_in()
    {
        using var client = factory.CreateBrowserClient();
        var routes = AdminRoutes();

        Assert.Contains("/admin", routes);
        Assert.Contains("/admin/import", routes);
        Assert.True(routes.Count >= 8, string.Join(", ", routes));
        foreach (var route in routes)
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route} answered {(int)response.StatusCode}");
            Assert.StartsWith("https://localhost/account/sign-in?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_admin_post_or_api_call_from_an_anonymous_client_is_refused_with_401()
    {
        using var client = factory.CreateBrowserClient();

        foreach (var route in AdminRoutes())
        {
            // A page that takes no form answers a post with 405 before anyone is asked to sign in.
            using var post = await client.PostAsync(new Uri(route, UriKind.Relative), new FormUrlEncodedContent([]));
            var takesForms = post.StatusCode != HttpStatusCode.MethodNotAllowed;
            Assert.True(post.StatusCode == (takesForms ? HttpStatusCode.Unauthorized : HttpStatusCode.MethodNotAllowed), $"POST {route} answered {(int)post.StatusCode}");
            Assert.True(takesForms || !post.Content.Headers.Allow.Contains("POST"), $"POST {route} answered 405 but allows POST");

            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(route, UriKind.Relative));
            request.Headers.Accept.ParseAdd("application/json");
            using var api = await client.SendAsync(request);
            Assert.True(api.StatusCode == HttpStatusCode.Unauthorized, $"GET {route} as JSON answered {(int)api.StatusCode}");
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_fifth_locks_the_account_without_saying_so()
    {
        await factory.AddAdminAsync("moussa", Forms.AdminPassword);
        using var client = factory.CreateBrowserClient();

        async Task<string> SignInAsync(string password)
        {
            using var response = await client.SubmitAsync("/account/sign-in", "main form", new() { ["UserName"] = "moussa", ["Password"] = password });
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Contains(SignInModel.Refusal, await SignInAsync("not the password"), StringComparison.Ordinal);
        }

        // Locked: the right password is refused too, in the same words.
        Assert.Contains(SignInModel.Refusal, await SignInAsync(Forms.AdminPassword), StringComparison.Ordinal);
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task An_admin_signs_in_and_out_and_the_cookie_is_httponly_samesite_and_secure()
    {
        await factory.AddAdminAsync("fatou", Forms.AdminPassword);
        using var client = factory.CreateBrowserClient();

        using var signIn = await client.SubmitAsync("/account/sign-in", "main form", new() { ["UserName"] = "fatou", ["Password"] = Forms.AdminPassword });

        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sahel-kb-admin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Admin", (await client.GetDocumentAsync("/admin")).QuerySelector("h1").Text());

        using var signOut = await client.SubmitAsync("/admin", "form[action='/account/sign-out']", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var client = await factory.SignInAdminAsync("awa");

        using var response = await client.PostAsync(new Uri("/admin/import", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
