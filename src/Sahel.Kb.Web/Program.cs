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
if (command.ExitCode is { } exitCode)
{
    // Help was asked for, or the command line cannot be read: nothing starts.
    return exitCode;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.ConfigurationArgs, ContentRootPath = command.ContentRoot });
// The stylesheet and scripts of a built, unpublished app are found through its manifest in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    // A verb's standard output is its result (export writes JSON there): its log goes to standard error.
    .WriteTo.Console(outputTemplate: LogLines.Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture, standardErrorFromLevel: command.Verb is null ? null : Serilog.Events.LogEventLevel.Verbose),
    // The app's own logger, not Serilog's static one: two apps in one process (the tests' servers) each write to their own sinks.
    preserveStaticLogger: true);
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

var rendersPages = command.Verb is "export-site" or "export-zim";
if (rendersPages)
{
    // The offline edition is rendered by the site's own pipeline: a server on a port of its own
    // choosing, on the loopback only, that prepares no pages.
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Configuration["Kb:PreparedPages:Enabled"] = "false";
}

var app = builder.Build();

if (command.Verb is not null && !rendersPages)
{
    return await Verbs.RunAsync(app, command);
}

await app.PrepareDatabaseAsync();
app.UseKbPipeline();
if (rendersPages)
{
    await app.StartAsync();
    var exported = await Verbs.ExportOfflineAsync(app, command);
    await app.StopAsync();
    return exported;
}

await app.WarmAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
