using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Admin;

namespace Sahel.Kb.Web.Pages.Admin;

/// <summary>
/// Imports one uploaded seed page. It joins the seed set (kept with the uploads), so the next
/// "Re-run seed import" keeps its articles. With "dry run first" it is staged, its changes shown,
/// and imported only when the admin confirms.
/// </summary>
[RequestSizeLimit(UploadModel.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadModel.RequestLimit)]
public sealed partial class UploadModel(SeedImporter importer, SeedSet seeds, ImportGate gate, ImportOptions options) : PageModel
{
    /// <summary>The request may be larger than a page, so an oversized page gets a clear message rather than a bare 413.</summary>
    public const long RequestLimit = 64 * 1024 * 1024;

    public ReportView? Report { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The staged upload awaiting confirmation: a token folder and the page's name.</summary>
    [BindProperty]
    public string? Staged { get; set; }

    [BindProperty]
    public string? PageName { get; set; }

    /// <summary>The upload form on a page of its own (the admin page has it too).</summary>
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? page, bool dryRun, CancellationToken cancellationToken)
    {
        if (page is null || page.Length == 0)
        {
            return Refuse("Choose a .txt or .html seed page to upload.", StatusCodes.Status400BadRequest);
        }

        // Some browsers send the whole path the file had, with either separator ("C:\Users\…\page.txt").
        var name = SafeName(page.FileName.Split('/', '\\')[^1]);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is not (".txt" or ".html" or ".htm"))
        {
            return Refuse($"{name} is not a seed page: upload a .txt or .html file.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (page.Length > options.MaxUploadBytes)
        {
            return Refuse(
                string.Create(CultureInfo.InvariantCulture, $"{name} is {page.Length:N0} bytes, over the limit for a seed page of {Megabytes(options.MaxUploadBytes)} ({options.MaxUploadBytes:N0} bytes). Nothing was imported."),
                StatusCodes.Status413PayloadTooLarge);
        }

        if (System.IO.File.Exists(Path.Combine(seeds.SeedFolder, name)))
        {
            return Refuse($"The seed folder already has a page named {name}: rename the file to upload it as a new page.", StatusCodes.Status409Conflict);
        }

        seeds.ForgetExpiredUploads();
        var token = Guid.NewGuid().ToString("N");
        var folder = Directory.CreateDirectory(Path.Combine(seeds.StagingFolder, token)).FullName;
        try
        {
            await using var target = System.IO.File.Create(Path.Combine(folder, name));
            await page.CopyToAsync(target, cancellationToken);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }

        if (!dryRun)
        {
            return await ImportAsync(token, name, cancellationToken);
        }

        var report = await RunAsync(Path.Combine(folder, name), new ImportSettings(DryRun: true, StartedBy: Author), cancellationToken);
        if (report is null)
        {
            Directory.Delete(folder, recursive: true);
            return Page();
        }

        Report = ReportView.From(report);
        (Staged, PageName) = (token, name);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (Staged is null || !TokenPattern().IsMatch(Staged) || PageName is null || SafeName(PageName) != PageName
            || !System.IO.File.Exists(Path.Combine(seeds.StagingFolder, Staged, PageName)) || seeds.HasExpired(Staged))
        {
            return Refuse($"That upload has expired (an upload waits {SeedSet.StagedLifetime.TotalMinutes:0} minutes for its confirmation) or was imported already: upload the page again.", StatusCodes.Status410Gone);
        }

        return await ImportAsync(Staged, PageName, cancellationToken);
    }

    private string Author => User.Identity?.Name ?? "admin";

    /// <summary>Moves the staged page into the uploads and imports it for real.</summary>
    private async Task<IActionResult> ImportAsync(string token, string name, CancellationToken cancellationToken)
    {
        var staged = Path.Combine(seeds.StagingFolder, token, name);
        var report = await RunAsync(staged, new ImportSettings(StartedBy: Author), cancellationToken);
        if (report is null)
        {
            Directory.Delete(Path.Combine(seeds.StagingFolder, token), recursive: true);
            return Page();
        }

        Directory.CreateDirectory(seeds.UploadFolder);
        System.IO.File.Move(staged, Path.Combine(seeds.UploadFolder, name), overwrite: true);
        Directory.Delete(Path.Combine(seeds.StagingFolder, token), recursive: true);
        return RedirectToPage("/Admin/Imports/Show", new { id = report.RunId });
    }

    /// <summary>Imports through the gate; null (with <see cref="Problem"/> set) when another import runs or the page is refused.</summary>
    private async Task<ImportReport?> RunAsync(string path, ImportSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var (ran, report) = await gate.TryRunAsync(() => importer.ImportAsync([path], settings, cancellationToken));
            if (!ran)
            {
                Refuse("An import is already running. Wait for it to finish, then upload again.", StatusCodes.Status409Conflict);
            }

            return report;
        }
        catch (ImportException e)
        {
            Refuse($"Nothing was imported: {e.Message}", StatusCodes.Status422UnprocessableEntity);
            return null;
        }
    }

    private PageResult Refuse(string problem, int status)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB");

    /// <summary>The longest name a page is kept under: far below any file system's limit, long enough to tell pages apart.</summary>
    public const int MaxNameLength = 100;

    /// <summary>A file name safe to keep: letters, digits, '.', '-' and '_' only, its extension kept when it is cut short.</summary>
    public static string SafeName(string name)
    {
        var safe = UnsafeCharacters().Replace(name, "_").TrimStart('.');
        if (safe.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(safe);
            extension = extension.Length <= 10 ? extension : "";
            safe = safe[..(MaxNameLength - extension.Length)] + extension;
        }

        return safe.Length == 0 ? "page.txt" : safe;
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeCharacters();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
