using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web.Admin;

/// <summary>
/// Admin accounts: ASP.NET Core Identity on the knowledge base's database, hashed passwords, no
/// default account. Five wrong passwords lock an account for five minutes. The sign-in cookie
/// is HttpOnly and SameSite=Strict always, and Secure outside development. Its security stamp is
/// checked against the account on every request that carries it, so signing out, a password
/// reset or removing the account ends every session of it at once (admins are few; readers
/// carry no cookie and pay nothing).
/// </summary>
public static class AdminAccounts
{
    public const string Role = "admin";
    public const string Policy = "Admin";
    public const int MinimumPasswordLength = 12;

    public static IServiceCollection AddAdminAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                // Length over character classes (NIST SP 800-63B).
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<KbDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "sahel-kb-admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // A page is sent to sign in; an API call or a form post from a script gets a plain 401 / 403.
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        // The antiforgery cookie carries no credential: Secure whenever the request is (always
        // behind TLS), so a form still works when the app is tried out over http://localhost.
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "sahel-kb-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireRole(Role));
        return services;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        var wantsPage = HttpMethods.IsGet(request.Method) && !request.Path.StartsWithSegments("/admin/api")
            && !request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
        if (wantsPage)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
