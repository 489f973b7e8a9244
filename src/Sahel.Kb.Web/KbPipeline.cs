using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Sahel.Kb.Web.Api;
using Sahel.Kb.Web.Localization;
using Sahel.Kb.Web.Prepared;
using Sahel.Kb.Web.Requests;
using Sahel.Kb.Web.Site;
using Serilog;

namespace Sahel.Kb.Web;

/// <summary>The app's middleware and endpoints, in their order: the server's, and the offline edition's renderer's.</summary>
public static class KbPipeline
{
    public static WebApplication UseKbPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
        }

        // Pages answer an error status with a page; the API answers with a problem body.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages.UseErrorPages());
        // Through the app's own logger (the middleware would take Serilog's static one).
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseRateLimiter();
        app.UseStaticFiles(Security.StaticFiles());
        // Pages are prepared through the pipeline from here on.
        app.UsePageRenderer();
        // Routing after the status code pages, so a re-executed error request is routed afresh.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseReadableForms();
        app.UseRequestLocalization();
        app.UseContentWatch();
        // Article pages, when prepared, from memory or their row; the other pages through the output cache.
        app.UsePreparedPages();
        app.UseOutputCache();
        // "Healthy" (200) or "Unhealthy" (503): whether the database answers.
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync(report.Status.ToString());
            },
        });
        // Browsers ask for it on pages without a layout (a JSON answer opened in a tab).
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true));
        app.MapArticlesApi();
        app.MapSearchApi();
        app.MapStatementsApi();
        app.MapSiteEndpoints();
        app.MapLanguageSwitch();
        app.MapRazorPages();
        return app;
    }
}
