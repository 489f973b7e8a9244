using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Sahel.Kb.Web.Localization;

/// <summary>
/// The interface speaks English or French, the language most readers in Mali and its neighbours
/// read. The browser's <c>Accept-Language</c> chooses; the switch in the footer
/// (<c>/language/fr</c>, <c>/language/en</c>) overrides it and is remembered in a cookie for a
/// year. Articles stay as they were imported.
/// </summary>
public static class Languages
{
    public static readonly IReadOnlyList<CultureInfo> Supported = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("fr")];

    public static bool IsFrench => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";

    public static IServiceCollection AddLanguages(this IServiceCollection services) =>
        services.AddSingleton<Ui>().Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = [.. Supported];
            options.SupportedUICultures = [.. Supported];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

    /// <summary><c>GET /language/{code}?returnUrl=</c>: remembers the reader's choice and goes back to the page they were on.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context) =>
        {
            if (!Supported.Any(c => c.Name == code))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, IsEssential = true });
            return Results.Redirect(Admin.ReturnUrls.Safe(returnUrl, "/"));
        }).CacheOutput(policy => policy.NoCache());
        return app;
    }
}
