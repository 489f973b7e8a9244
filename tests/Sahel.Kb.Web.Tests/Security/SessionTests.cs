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
        var copied = await browser.SignInCookieAsync("dave");
        var otherDevice = await factory.CreateBrowserClient().SignInCookieAsync("dave");
        Assert.Equal(HttpStatusCode.OK, await factory.ReplayAsync(copied));

        using var signOut = await browser.SubmitAsync("/admin", "form[action='/account/sign-out']", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await factory.ReplayAsync(copied));
        Assert.Equal(HttpStatusCode.Redirect, await factory.ReplayAsync(otherDevice));
    }

    [Fact]
    public async Task Removing_an_admin_ends_its_sessions_at_once()
    {
        await factory.AddAdminAsync("erin", Forms.AdminPassword);
        var cookie = await factory.CreateBrowserClient().SignInCookieAsync("erin");
        Assert.Equal(HttpStatusCode.OK, await factory.ReplayAsync(cookie));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await AdminVerb.RunAsync(scope.ServiceProvider, ["remove", "erin"]));
        }

        Assert.Equal(HttpStatusCode.Redirect, await factory.ReplayAsync(cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await factory.ReplayAsync(cookie, HttpMethod.Post, "/admin/import"));
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_signed_in_with_the_old_password()
    {
        await factory.AddAdminAsync("femi", Forms.AdminPassword);
        var cookie = await factory.CreateBrowserClient().SignInCookieAsync("femi");
        Assert.Equal(HttpStatusCode.OK, await factory.ReplayAsync(cookie));

        // As `admin add femi` does for an existing admin.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByNameAsync("femi");
            var reset = await users.ResetPasswordAsync(user!, await users.GeneratePasswordResetTokenAsync(user!), "another long pass phrase");
            Assert.True(reset.Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, await factory.ReplayAsync(cookie));
        Assert.Equal(HttpStatusCode.Redirect, await factory.ReplayAsync(cookie, HttpMethod.Get, "/admin/articles/minusma/edit"));
    }
}
