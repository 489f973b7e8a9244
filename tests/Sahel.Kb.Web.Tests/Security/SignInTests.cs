using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Sahel.Kb.Web.Pages.Account;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Security;

/// <summary>
/// The sign-in form tells nobody which user names exist: an unknown name, a wrong password and a
/// locked account get the same status, the same words and about the same time. Its page is
/// never shared through the output cache (it carries a visitor's antiforgery token).
/// </summary>
public sealed class SignInTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    private const int Tries = 5;

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_locked_account_answer_alike()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Kb:RateLimits:SignInPerMinute", "1000"));
        await factory.AddAdminAsync("gaoussou", Forms.AdminPassword);
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var wrongPassword = await AttemptsAsync(client, "gaoussou", "not the password", Tries - 1);
        var unknownName = await AttemptsAsync(client, "nobody-of-that-name", "not the password", Tries - 1);
        await AttemptsAsync(client, "gaoussou", "not the password", 1);
        var locked = await AttemptsAsync(client, "gaoussou", Forms.AdminPassword, Tries - 1);

        var answers = wrongPassword.Concat(unknownName).Concat(locked).ToList();
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.All(answers, a => Assert.Equal(SignInModel.Refusal, a.Message));
        // Each refusal hashes a password (tens of milliseconds); one that skipped it would take about
        // one, a fiftieth. The bounds are wide so a busy machine (other tests run alongside) cannot fail it.
        var wrong = Median(wrongPassword);
        Assert.InRange(Median(unknownName), wrong * 0.25, wrong * 4);
        Assert.InRange(Median(locked), wrong * 0.25, wrong * 4);
    }

    [Fact]
    public async Task A_visitor_gets_a_sign_in_form_of_their_own_even_after_another_visitor_opened_it_twice()
    {
        await factory.AddAdminAsync("hawa", Forms.AdminPassword);
        using var first = factory.CreateBrowserClient();
        (await first.GetAsync(new Uri("/account/sign-in", UriKind.Relative))).Dispose();
        (await first.GetAsync(new Uri("/account/sign-in", UriKind.Relative))).Dispose();

        using var second = factory.CreateBrowserClient();
        using var page = await second.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        using var signIn = await second.SubmitAsync("/account/sign-in", "main form", new() { ["UserName"] = "hawa", ["Password"] = Forms.AdminPassword });

        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sahel-kb-antiforgery=", StringComparison.Ordinal));
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
    }

    private sealed record Answer(HttpStatusCode Status, string Message, double Milliseconds);

    private static async Task<List<Answer>> AttemptsAsync(HttpClient client, string name, string password, int count)
    {
        var answers = new List<Answer>();
        for (var i = 0; i < count; i++)
        {
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative)));
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var form = new FormUrlEncodedContent([new("UserName", name), new("Password", password), new("__RequestVerificationToken", token)]);
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var message = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".errors li").Text();
            answers.Add(new Answer(response.StatusCode, message, elapsed));
        }

        return answers;
    }

    private static double Median(List<Answer> answers) =>
        answers.Select(a => a.Milliseconds).Order().ElementAt(answers.Count / 2);
}
