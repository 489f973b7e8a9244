using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Web.Cli;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Security;

/// <summary>
/// A session ends when its admin signs out, has the password reset or is removed: a copy of the
/// cookie taken before (another browser, a stolen copy) opens nothing after.
/// </summary>
public sealed class SessionTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    [Fact]
    public async Task Signing_out_ends_every_session_of_the_account()
    {
        await factory.AddAdminAsync("dave", Forms.AdminPassword);
        using var browser = factory.CreateBrowserClient();
        var copied = await SignInAsync(browser, "dave");
        var otherDevice = await SignInAsync(factory.CreateBrowserClient(), "dave");
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(copied));

        using var signOut = await browser.SubmitAsync("/admin", "form[action='/account/sign-out']", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(copied));
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(otherDevice));
    }

    [Fact]
    public async Task Removing_an_admin_ends_its_sessions_at_once()
    {
        await factory.AddAdminAsync("erin", Forms.AdminPassword);
        var cookie = await SignInAsync(factory.CreateBrowserClient(), "erin");
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await AdminVerb.RunAsync(scope.ServiceProvider, ["remove", "erin"]));
        }

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await ReplayAsync(cookie, HttpMethod.Post, "/admin/import"));
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_signed_in_with_the_old_password()
    {
        await factory.AddAdminAsync("femi", Forms.AdminPassword);
        var cookie = await SignInAsync(factory.CreateBrowserClient(), "femi");
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie));

        // As `admin add femi` does for an existing admin.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByNameAsync("femi");
            var reset = await users.ResetPasswordAsync(user!, await users.GeneratePasswordResetTokenAsync(user!), "another long pass phrase");
            Assert.True(reset.Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie));
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie, HttpMethod.Get, "/admin/articles/minusma/edit"));
    }

    /// <summary>Signs in with <paramref name="client"/>; the admin cookie it was given, as a Cookie header value.</summary>
    private static async Task<string> SignInAsync(HttpClient client, string name)
    {
        using var response = await client.SubmitAsync("/account/sign-in", "main form", new() { ["UserName"] = name, ["Password"] = Forms.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sahel-kb-admin=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>A request carrying only <paramref name="cookie"/>, as from another machine.</summary>
    private async Task<HttpStatusCode> ReplayAsync(string cookie, HttpMethod? method = null, string path = "/admin")
    {
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
