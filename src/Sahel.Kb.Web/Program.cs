using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Sahel.Kb.Data;
using Sahel.Kb.Web;
using Sahel.Kb.Web.Admin;
using Sahel.Kb.Web.Api;
using Sahel.Kb.Web.Cli;
using Sahel.Kb.Web.Localization;
using Sahel.Kb.Web.Prepared;
using Sahel.Kb.Web.Requests;
using Sahel.Kb.Web.Site;
using Serilog;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.ConfigurationArgs);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    // A verb's standard output is its result (export writes JSON there): its log goes to standard error.
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture, standardErrorFromLevel: command.Verb is null ? null : Serilog.Events.LogEventLevel.Verbose));
builder.Services.AddKnowledgeBase(builder.Configuration, builder.Environment);
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Admin", AdminAccounts.Policy);
    options.Conventions.Add(new PageMethods());
    options.Conventions.ConfigureFilter(new BlankRouteValues());
});
builder.Services.AddProblemDetails();
// Problems echo what was asked ("no article '<b>'"): escaped like every other answer of the API.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = ApiJson.Options.Encoder);
builder.Services.AddKbCache();
builder.Services.AddLanguages();
builder.Services.AddSecurity(builder.Configuration);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
// Titles are full of "é" and "ï": write them as characters, not entities.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

if (command.Verb is not null)
{
    return await Verbs.RunAsync(app, command);
}

await app.PrepareDatabaseAsync();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/errors/500");
}

// Pages answer an error status with a page; the API answers with a problem body.
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages.UseErrorPages());
app.UseSerilogRequestLogging();
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
app.UsePreparedPages();
app.UseOutputCache();
app.MapGet("/healthz", async (KbDbContext db) =>
    await db.Database.CanConnectAsync() ? Results.Text("ok") : Results.Problem("The database cannot be reached.", statusCode: 503));
// Browsers ask for it on pages without a layout (a JSON answer opened in a tab).
app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true));
app.MapArticlesApi();
app.MapSearchApi();
app.MapStatementsApi();
app.MapSiteEndpoints();
app.MapLanguageSwitch();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
