using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sahel.Kb.Web.Tests.Support;

/// <summary>Forms as a browser submits them: the fields a page's form holds (antiforgery token included), overridden by the test's values.</summary>
public static class Forms
{
    public const string AdminName = "amina";
    public const string AdminPassword = "a long enough pass phrase";

    /// <summary>A client on https (admin cookies are Secure outside development) that keeps cookies and does not follow redirects.</summary>
    public static HttpClient CreateBrowserClient(this KbAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>An admin account and a client signed in with it.</summary>
    public static async Task<HttpClient> SignInAdminAsync(this KbAppFactory factory, string name = AdminName)
    {
        await factory.AddAdminAsync(name, AdminPassword);
        var client = factory.CreateBrowserClient();
        using var response = await client.SubmitAsync("/account/sign-in", "main form", new() { ["UserName"] = name, ["Password"] = AdminPassword });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Fetches <paramref name="path"/>, fills the form matched by <paramref name="selector"/> and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string path, string selector, Dictionary<string, string> values, string? button = null)
    {
        using var page = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(page.IsSuccessStatusCode, $"{path} answered {(int)page.StatusCode}");
        using var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"{path} has no form '{selector}'");
        return await client.SubmitAsync(form, values, button, path);
    }

    /// <summary>Submits a form of a page at <paramref name="pagePath"/> (where a form without an action posts).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, Dictionary<string, string> values, string? button, string pagePath)
    {
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Name is { Length: > 0 } && i.Type is not ("checkbox" or "submit" or "file") || i.Type == "checkbox" && i.IsChecked)
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.Elements.OfType<IHtmlTextAreaElement>().Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)))
            .Concat(form.Elements.OfType<IHtmlSelectElement>().Select(s => new KeyValuePair<string, string>(s.Name!, s.Value ?? "")))
            .Where(f => !values.ContainsKey(f.Key))
            .Concat(values)
            .ToList();
        var submit = form.Elements.OfType<IHtmlButtonElement>().FirstOrDefault(b => button is null || b.TextContent.Trim() == button);
        var action = submit?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : form.GetAttribute("action") is { Length: > 0 } formTarget ? formTarget : pagePath;
        if (submit?.Name is { Length: > 0 } name)
        {
            fields.Add(new(name, submit.Value ?? ""));
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Signs in with <paramref name="client"/>; the admin cookie it was given, as a Cookie header value to replay.</summary>
    public static async Task<string> SignInCookieAsync(this HttpClient client, string name)
    {
        using var response = await client.SubmitAsync("/account/sign-in", "main form", new() { ["UserName"] = name, ["Password"] = AdminPassword });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sahel-kb-admin=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>A request to <paramref name="app"/> carrying only <paramref name="cookie"/>, as from another machine; its status.</summary>
    public static async Task<System.Net.HttpStatusCode> ReplayAsync(this WebApplicationFactory<Program> app, string cookie, HttpMethod? method = null, string path = "/admin")
    {
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Uploads a seed page through the admin page's upload form.</summary>
    public static async Task<HttpResponseMessage> UploadSeedPageAsync(this HttpClient client, string name, byte[] content, bool dryRun)
    {
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        using var document = new HtmlParser().ParseDocument(await admin.Content.ReadAsStringAsync());
        var form = document.QuerySelector("form[action='/admin/upload']") ?? throw new InvalidOperationException("/admin has no upload form");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(dryRun ? "true" : "false"), "dryRun" },
            { new ByteArrayContent(content), "page", name },
        };
        return await client.PostAsync(new Uri("/admin/upload", UriKind.Relative), body);
    }

    public static async Task<IHtmlDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.GetDocumentAsync(location.OriginalString);
    }
}
